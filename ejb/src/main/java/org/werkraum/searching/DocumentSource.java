package org.werkraum.searching;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.werkraum.search.DocumentType;
import org.werkraum.search.SearchDocument;

/**
 * Builds the current search documents of one type from the database; each feature package provides one for its
 * types.
 */
public interface DocumentSource {

    DocumentType type();

    /**
     * The documents of many ids at once, in one query, for the indexer and the full reindex: ids whose thing is gone
     * (or no longer to be found, such as a draft or a deactivated person) are missing from the answer, so that they
     * leave the index.
     *
     * @throws RuntimeException
     *             when one of the documents cannot be built; the caller then asks for the ids one by one to find it
     */
    Map<String, SearchDocument> current(Collection<String> ids);

    /** The document as it is now, or empty when the thing is gone and must leave the index. */
    default Optional<SearchDocument> current(String id) {
        return Optional.ofNullable(current(List.of(id)).get(id));
    }

    /** The ids of every document of this type, for a full reindex. */
    Stream<String> allIds();
}
