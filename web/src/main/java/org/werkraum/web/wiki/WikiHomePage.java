package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.wiki.WikiHome;
import org.werkraum.wiki.WikiService;

/** {@code /wikis/7}: a wiki and the pages at its top. */
@Named
@RequestScoped
public class WikiHomePage {

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private WikiHome home;

    public void onLoad() {
        home = wikis.home(currentUser.caller(), id);
    }

    public WikiHome getHome() {
        return home;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
