package org.werkraum.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One thing that can be found, as the domain describes it to search.
 *
 * @param id
 *            the domain id, unique within its type
 * @param readers
 *            the principals that may see it: {@code all}, {@code community:<id>}, {@code user:<id>}
 * @param keywords
 *            short facts that should be found exactly and shown, e.g. a person's title, org unit and location
 */
public record SearchDocument(
        String id,
        DocumentType type,
        String title,
        String text,
        List<String> keywords,
        List<String> tags,
        String authorId,
        String communityId,
        Set<String> readers,
        Instant updated) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        text = text == null ? "" : text;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        tags = tags == null ? List.of() : List.copyOf(tags);
        readers = Set.copyOf(readers);
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("a document nobody may read cannot be indexed: " + type + " " + id);
        }
        updated = updated == null ? Instant.now() : updated;
    }

    public DocumentRef ref() {
        return new DocumentRef(type, id);
    }
}
