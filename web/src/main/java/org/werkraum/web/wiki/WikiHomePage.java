package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.RequestNumbers;
import org.werkraum.wiki.WikiHome;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiWatches;

/** {@code /wikis/7}: a wiki and the pages at its top; watching it. */
@Named
@RequestScoped
public class WikiHomePage {

    @Inject
    WikiService wikis;

    @Inject
    WikiWatches watches;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private WikiHome home;

    public void onLoad() {
        getHome();
    }

    public String watch(boolean watching) {
        watches.watchWiki(currentUser.caller(), getHome().wiki().id(), watching);
        messages.flashInfo(watching ? "wiki.watched" : "wiki.unwatched");
        return "/wiki/wiki?faces-redirect=true&id=" + id;
    }

    /** Read when first asked: a post back of this view without state runs no view action. */
    public WikiHome getHome() {
        if (home == null) {
            id = id != null ? id : RequestNumbers.of("id");
            if (id == null) {
                throw new NotFoundException("wiki", "none");
            }
            home = wikis.home(currentUser.caller(), id);
        }
        return home;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
