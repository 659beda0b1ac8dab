package org.werkraum.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.werkraum.searching.Hit;
import org.werkraum.searching.ResultType;
import org.werkraum.searching.SearchResults;
import org.werkraum.searching.SearchService;
import org.werkraum.searching.SearchUnavailableException;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Links;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.Paging;

/**
 * {@code /search?q=…&type=…&page=…}: one search over everything the caller may see. Without {@code q} in the
 * URL nothing is searched yet; while Elasticsearch is away the page says so instead of failing.
 */
@Named
// request, not view: the page has no form that posts back, and a view-scoped bean would keep every search's results in
// the session (up to 100 views per session) for nothing
@RequestScoped
public class SearchPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SearchPage.class.getName());

    @Inject
    SearchService search;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    Links links;

    private String q;
    private String type;
    private Integer page;

    private SearchResults result;
    private boolean unavailable;

    public void onLoad() {
        if (q == null) {
            return;
        }
        try {
            result = search.search(currentUser.caller(), q, types(), request());
        } catch (SearchUnavailableException e) {
            LOG.warning(() -> "search unavailable: " + e.getMessage());
            unavailable = true; // the page says so in its own box, with the key error.search.unavailable
        }
    }

    /** The type filter from the URL; an unknown one (typed by hand) searches everything. */
    public ResultType getSelectedType() {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return ResultType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Set<ResultType> types() {
        ResultType selected = getSelectedType();
        return selected == null ? Set.of() : EnumSet.of(selected);
    }

    private PageRequest request() {
        return Paging.request(page);
    }

    public boolean isSearched() {
        return result != null;
    }

    public List<Hit> getHits() {
        return result == null ? List.of() : result.hits();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    /** How many hits each type has, for the filter links; types without hits are left out. */
    public List<TypeCount> getCounts() {
        if (result == null || result.countsByType() == null) {
            return List.of();
        }
        return EnumSet.allOf(ResultType.class).stream()
                .filter(t -> result.countsByType().getOrDefault(t, 0L) > 0)
                .map(t -> new TypeCount(t, result.countsByType().get(t)))
                .toList();
    }

    /** The sum over all types: the count of the "all" filter link, also while one type is selected. */
    public long getCountOfAll() {
        if (result == null
                || result.countsByType() == null
                || result.countsByType().isEmpty()) {
            return getTotal();
        }
        return result.countsByType().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    /** The address of the page a hit stands for. */
    public String link(Hit hit) {
        return switch (hit.type()) {
            case PERSON -> links.profile(hit.handle());
            case COMMUNITY -> links.community(hit.handle());
            case POST -> links.post(Long.parseLong(hit.handle()));
            case COMMENT -> links.comment(hit.handle());
            case IDEA -> links.idea(Long.parseLong(hit.handle()));
            case WIKI_PAGE -> links.wikiPage(Long.parseLong(hit.handle()));
            case WIKI_ATTACHMENT -> links.attachedTo(hit.handle());
            case BOOKMARK -> hit.handle();
        };
    }

    /** For a file found: the file itself, beside its page. */
    public String download(Hit hit) {
        return hit.type() == ResultType.WIKI_ATTACHMENT ? links.attachment(Long.parseLong(hit.id()), null) : null;
    }

    public int getCurrentPage() {
        return request().page();
    }

    public boolean isHasPrevious() {
        return getCurrentPage() > 0;
    }

    public boolean isHasNext() {
        return (long) (getCurrentPage() + 1) * Paging.SIZE < getTotal();
    }

    public long getPageCount() {
        return Paging.pageCount(getTotal(), Paging.SIZE);
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    /** One filter link: a type and its number of hits. */
    public record TypeCount(ResultType type, long count) implements Serializable {}
}
