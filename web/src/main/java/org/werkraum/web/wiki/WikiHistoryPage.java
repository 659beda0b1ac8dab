package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Paging;
import org.werkraum.wiki.PageView;
import org.werkraum.wiki.RevisionSummary;
import org.werkraum.wiki.WikiService;

/** {@code /pages/12/history}: every save of a page, newest first, with a choice of two to compare. */
@Named
@RequestScoped
public class WikiHistoryPage {

    static final int PER_PAGE = 50;

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Integer page;
    private PageView wikiPage;
    private Page<RevisionSummary> history;

    public void onLoad() {
        wikiPage = wikis.page(currentUser.caller(), id);
        int number = page == null || page < 0 ? 0 : Math.min(page, Paging.MAX_PAGE);
        history = wikis.history(currentUser.caller(), id, new PageRequest(number, PER_PAGE));
    }

    public PageView getWikiPage() {
        return wikiPage;
    }

    public Page<RevisionSummary> getHistory() {
        return history;
    }

    public long getPageCount() {
        return history == null ? 1 : Paging.pageCount(history.total(), history.size());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
