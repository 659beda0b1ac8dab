package org.werkraum.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The search engine as the domain sees it. Implementations are thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    /** Creates the indices and aliases that do not exist yet; does nothing to existing ones. */
    void ensureIndices();

    /**
     * Writes documents and removes others in one bulk request. Idempotent: writing the same document twice or
     * deleting a missing one is fine. One refused document does not stop the others.
     *
     * @return the documents the engine refused, each with its reason; empty when it took all
     * @throws SearchUnavailableException
     *             when the engine cannot be reached or refuses the whole request; nothing is known to be written then
     */
    List<Rejection> apply(Collection<SearchDocument> upserts, Collection<DocumentRef> deletions);

    /**
     * Builds a new index of the family from {@code documents}, then moves the family's alias to it and deletes the
     * old index; searches keep answering from the old index until the swap. A document the engine refuses does not
     * stop the others: it is handed to {@code refused} and left out.
     *
     * @return the name of the new index
     * @throws SearchUnavailableException
     *             when the engine fails; the alias and the old index stay as they were
     */
    String reindex(IndexFamily family, Iterable<SearchDocument> documents, Consumer<Rejection> refused);

    /** Searches, filtering on the query's principals. */
    SearchResult search(SearchQuery query);

    /** Makes every write so far visible to searches (tests and reindexing; not needed in normal operation). */
    void refresh();

    /** Whether the engine answers and its cluster is at least yellow. */
    boolean isAvailable();

    @Override
    void close();
}
