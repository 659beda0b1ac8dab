package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.RequestNumbers;
import org.werkraum.wiki.PageTree;
import org.werkraum.wiki.TrashedPage;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiSummary;

/** {@code /wikis/7/trash}: deleted pages with the pages below them, restored by the wiki's owners. */
@Named
@RequestScoped
public class WikiTrashPage {

    @Inject
    WikiService wikis;

    @Inject
    PageTree tree;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private WikiSummary wiki;
    private List<TrashedPage> trash;

    public void onLoad() {
        getTrash();
    }

    /** Restores the page whose button was pressed (its id is the button's value). */
    public String restore() {
        Long chosen = RequestNumbers.of("restoreAction");
        TrashedPage page = getTrash().stream()
                .filter(t -> chosen != null && t.id() == chosen)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("page", String.valueOf(chosen)));
        tree.restore(currentUser.caller(), page.id());
        messages.flashInfo("wiki.restored", page.title());
        return "/wiki/page?faces-redirect=true&id=" + page.id();
    }

    /** Read when first asked: a post back of this view without state runs no view action. */
    public List<TrashedPage> getTrash() {
        if (trash == null) {
            id = RequestNumbers.id(id, "wiki");
            wiki = wikis.wiki(currentUser.caller(), id);
            trash = tree.trashOf(currentUser.caller(), id);
        }
        return trash;
    }

    public WikiSummary getWiki() {
        getTrash();
        return wiki;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
