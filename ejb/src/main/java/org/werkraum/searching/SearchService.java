package org.werkraum.searching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.werkraum.community.Standings;
import org.werkraum.search.DocumentType;
import org.werkraum.search.SearchIndex;
import org.werkraum.search.SearchQuery;
import org.werkraum.search.SearchResult;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.shared.PageRequest;

/**
 * Searches with the caller's principals as they are right now, so a membership change counts at once without any
 * reindexing.
 */
@ApplicationScoped
public class SearchService {

    @Inject
    SearchIndex index;

    @Inject
    Standings standings;

    @Inject
    AccessPolicy policy;

    /**
     * @throws org.werkraum.search.SearchUnavailableException
     *             when Elasticsearch cannot be reached
     */
    public SearchResult search(Caller caller, String text, Set<DocumentType> types, PageRequest page) {
        Set<String> principals = policy.principalsOf(caller, standings.activeCommunityIds(caller.personId()));
        return index.search(new SearchQuery(text, principals, types, page.offset(), page.size()));
    }
}
