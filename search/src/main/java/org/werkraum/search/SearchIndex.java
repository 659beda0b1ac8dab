package org.werkraum.search;

import java.util.Collection;

/**
 * The search engine as the domain sees it. Implementations are thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    /** Creates the indices and aliases that do not exist yet; does nothing to existing ones. */
    void ensureIndices();

    /**
     * Writes documents and removes others in one bulk request. Idempotent: writing the same document twice or
     * deleting a missing one is fine.
     *
     * @throws SearchUnavailableException
     *             when the engine cannot be reached or refuses any item; nothing is known to be written then
     */
    void apply(Collection<SearchDocument> upserts, Collection<DocumentRef> deletions);

    /** Searches, filtering on the query's principals. */
    SearchResult search(SearchQuery query);

    /** Makes every write so far visible to searches (tests and reindexing; not needed in normal operation). */
    void refresh();

    /** Whether the engine answers and its cluster is at least yellow. */
    boolean isAvailable();

    @Override
    void close();
}
