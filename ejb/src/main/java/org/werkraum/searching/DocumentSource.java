package org.werkraum.searching;

import java.util.Optional;
import org.werkraum.search.DocumentType;
import org.werkraum.search.SearchDocument;

/**
 * Builds the current search document of one type from the database; each feature package provides one for its
 * types.
 */
public interface DocumentSource {

    DocumentType type();

    /** The document as it is now, or empty when the thing is gone and must leave the index. */
    Optional<SearchDocument> current(String id);

    /** The ids of every document of this type, for a full reindex. */
    java.util.stream.Stream<String> allIds();
}
