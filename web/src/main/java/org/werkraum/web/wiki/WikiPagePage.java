package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.RequestNumbers;
import org.werkraum.wiki.PageView;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiWatches;

/**
 * {@code /pages/12}: a wiki page's current revision, its breadcrumbs, the pages below it and the pages linking to it;
 * watching it, and offering it as a template.
 */
@Named
@RequestScoped
public class WikiPagePage {

    @Inject
    WikiService wikis;

    @Inject
    WikiWatches watches;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private PageView page;

    public void onLoad() {
        getPage();
    }

    public String watch(boolean watching) {
        watches.watchPage(currentUser.caller(), getPage().id(), watching);
        messages.flashInfo(watching ? "wikiPage.watched" : "wikiPage.unwatched");
        return again();
    }

    public String markTemplate(boolean template) {
        wikis.markTemplate(currentUser.caller(), getPage().id(), template);
        messages.flashInfo(template ? "wikiPage.markedTemplate" : "wikiPage.unmarkedTemplate");
        return again();
    }

    private String again() {
        return "/wiki/page?faces-redirect=true&id=" + id;
    }

    /** Read when first asked: a post back of this view without state runs no view action. */
    public PageView getPage() {
        if (page == null) {
            id = id != null ? id : RequestNumbers.of("id");
            if (id == null) {
                throw new NotFoundException("page", "none");
            }
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
