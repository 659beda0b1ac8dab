package org.werkraum.search;

import java.util.Objects;

/** Names one search document without its content, e.g. to delete it. */
public record DocumentRef(DocumentType type, String id) {

    public DocumentRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** The id of the document inside its index: the type keeps ids of different types in one family apart. */
    public String indexId() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
