package org.werkraum.search;

import java.util.Objects;
import java.util.Set;

/**
 * A search as the searcher asked it, with the principals he holds right now.
 *
 * @param text
 *            what was typed; blank finds everything the searcher may see
 * @param principals
 *            the searcher's principals; a document is found only if it names one of them as reader
 * @param types
 *            restricts the types searched; empty means all
 */
public record SearchQuery(String text, Set<String> principals, Set<DocumentType> types, int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        principals = Set.copyOf(Objects.requireNonNull(principals, "principals"));
        if (principals.isEmpty()) {
            throw new IllegalArgumentException("a search needs the searcher's principals");
        }
        types = types == null ? Set.of() : Set.copyOf(types);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
