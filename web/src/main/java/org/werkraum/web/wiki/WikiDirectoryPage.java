package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.shared.Page;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Paging;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiSummary;

/**
 * {@code /wikis?name=…&page=…}: the wikis the reader was named in and those open to all employees, newest first,
 * filtered by name, a page at a time. The filter is a plain form that leads to the address.
 */
@Named
@RequestScoped
public class WikiDirectoryPage {

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    private String name;
    private Integer page;
    private Page<WikiSummary> result;

    public void onLoad() {
        result = wikis.wikis(currentUser.caller(), name, Paging.request(page));
    }

    public List<WikiSummary> getWikis() {
        return result == null ? List.of() : result.items();
    }

    public Page<WikiSummary> getResult() {
        return result;
    }

    public long getPageCount() {
        return result == null ? 1 : Paging.pageCount(result.total(), result.size());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
