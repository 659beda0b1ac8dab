package org.werkraum.searching;

import java.util.Collection;
import java.util.LinkedHashMap;
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

    /** The document as it is now, or empty when the thing is gone and must leave the index. */
    Optional<SearchDocument> current(String id);

    /**
     * The documents of many ids at once, for the indexer and the full reindex: ids that are gone are missing from the
     * answer. Sources override this with one query for all; this default asks one by one.
     *
     * @throws RuntimeException
     *             when one of the documents cannot be built; the caller then asks for the ids one by one to find it
     */
    default Map<String, SearchDocument> current(Collection<String> ids) {
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        for (String id : ids) {
            current(id).ifPresent(document -> documents.put(id, document));
        }
        return documents;
    }

    /** The ids of every document of this type, for a full reindex. */
    Stream<String> allIds();
}
