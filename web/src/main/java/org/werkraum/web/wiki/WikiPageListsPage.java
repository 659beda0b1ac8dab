package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.wiki.PageLink;
import org.werkraum.wiki.WantedPage;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiSummary;

/**
 * {@code /wikis/7/wanted}: the titles linked to that no page has yet, each a link to write it; {@code /wikis/7/orphaned}:
 * the pages no other page links to.
 */
@Named
@RequestScoped
public class WikiPageListsPage {

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private WikiSummary wiki;
    private List<WantedPage> wanted;
    private List<PageLink> orphaned;

    public void loadWanted() {
        wiki = wikis.wiki(currentUser.caller(), id);
        wanted = wikis.wanted(currentUser.caller(), id);
    }

    public void loadOrphaned() {
        wiki = wikis.wiki(currentUser.caller(), id);
        orphaned = wikis.orphaned(currentUser.caller(), id);
    }

    public WikiSummary getWiki() {
        return wiki;
    }

    public List<WantedPage> getWanted() {
        return wanted;
    }

    public List<PageLink> getOrphaned() {
        return orphaned;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
