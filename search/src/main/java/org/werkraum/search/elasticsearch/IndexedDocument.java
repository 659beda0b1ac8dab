package org.werkraum.search.elasticsearch;

import java.util.List;
import org.werkraum.search.SearchDocument;

/**
 * A search document as it is stored in Elasticsearch ({@code _source}); the fields are those of {@code index.json}.
 * {@code type} holds the {@link org.werkraum.search.DocumentType} name.
 */
record IndexedDocument(
        String id,
        String type,
        String title,
        String text,
        List<String> keywords,
        List<String> tags,
        String authorId,
        String communityId,
        List<String> readers,
        String updated) {

    static IndexedDocument of(SearchDocument document) {
        return new IndexedDocument(
                document.id(),
                document.type().name(),
                document.title(),
                document.text(),
                document.keywords(),
                document.tags(),
                document.authorId(),
                document.communityId(),
                document.readers().stream().sorted().toList(),
                document.updated().toString());
    }

    /** The part of the stored document that a hit needs; the text can be long and is only shown highlighted. */
    record Found(String id, String type, String title, List<String> keywords) {

        static final List<String> FIELDS = List.of("id", "type", "title", "keywords");
    }
}
