package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.RequestNumbers;
import org.werkraum.wiki.PageTree;
import org.werkraum.wiki.PageView;
import org.werkraum.wiki.WikiService;

/** {@code /pages/12/delete}: asks before a page and the pages below it go to the wiki's trash. */
@Named
@RequestScoped
public class WikiDeletePage {

    @Inject
    WikiService wikis;

    @Inject
    PageTree tree;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private PageView page;

    public void onLoad() {
        getPage();
    }

    public String delete() {
        PageView deleted = getPage();
        tree.trash(currentUser.caller(), deleted.id());
        messages.flashInfo("wikiPage.deleted", deleted.title());
        return deleted.parentId() == null
                ? "/wiki/wiki?faces-redirect=true&id=" + deleted.wikiId()
                : "/wiki/page?faces-redirect=true&id=" + deleted.parentId();
    }

    /** Read when first asked: a post back of this view without state runs no view action. */
    public PageView getPage() {
        if (page == null) {
            id = RequestNumbers.id(id, "page");
            page = wikis.page(currentUser.caller(), id);
        }
        return page;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
