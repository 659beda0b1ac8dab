package org.werkraum.web.wiki;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.wiki.WikiDraft;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiSummary;

/** {@code /wikis/new}: any employee creates a wiki of his own and becomes its owner. */
@Named
@ViewScoped
public class NewWikiPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String name;
    private String description;
    private boolean openToAll = true;

    public String create() {
        WikiSummary wiki = wikis.create(currentUser.caller(), new WikiDraft(name, description, openToAll));
        messages.flashInfo("wiki.created");
        return "/wiki/wiki?faces-redirect=true&id=" + wiki.id();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isOpenToAll() {
        return openToAll;
    }

    public void setOpenToAll(boolean openToAll) {
        this.openToAll = openToAll;
    }

    public int getNameMax() {
        return WikiService.NAME_MAX;
    }

    public int getDescriptionMax() {
        return WikiService.DESCRIPTION_MAX;
    }
}
