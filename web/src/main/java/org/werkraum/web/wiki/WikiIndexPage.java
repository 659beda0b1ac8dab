package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Paging;
import org.werkraum.wiki.PageLink;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiSummary;

/** {@code /wikis/7/index?title=…&page=…}: every page of a wiki by title, filtered by title, a hundred at a time. */
@Named
@RequestScoped
public class WikiIndexPage {

    static final int PER_PAGE = PageRequest.MAX_SIZE;

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private String title;
    private Integer page;
    private WikiSummary wiki;
    private Page<PageLink> result;

    public void onLoad() {
        wiki = wikis.wiki(currentUser.caller(), id);
        int number = page == null || page < 0 ? 0 : Math.min(page, Paging.MAX_PAGE);
        result = wikis.index(currentUser.caller(), id, title, new PageRequest(number, PER_PAGE));
    }

    public WikiSummary getWiki() {
        return wiki;
    }

    public List<PageLink> getPages() {
        return result == null ? List.of() : result.items();
    }

    public Page<PageLink> getResult() {
        return result;
    }

    public long getPageCount() {
        return result == null ? 1 : Paging.pageCount(result.total(), result.size());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
