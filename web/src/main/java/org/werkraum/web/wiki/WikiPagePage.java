package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.wiki.PageView;
import org.werkraum.wiki.WikiService;

/** {@code /pages/12}: a wiki page's current revision, its breadcrumbs and the pages below it. */
@Named
@RequestScoped
public class WikiPagePage {

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private PageView page;

    public void onLoad() {
        page = wikis.page(currentUser.caller(), id);
    }

    public PageView getPage() {
        return page;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
