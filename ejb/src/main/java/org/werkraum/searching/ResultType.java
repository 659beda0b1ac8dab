package org.werkraum.searching;

import org.werkraum.search.DocumentType;

/** What a search hit is, and what a search can be narrowed to; every type has its page. */
public enum ResultType {
    PERSON,
    COMMUNITY,
    POST,
    COMMENT,
    IDEA,
    WIKI_PAGE,
    WIKI_ATTACHMENT,
    BOOKMARK;

    static ResultType of(DocumentType type) {
        return valueOf(type.name());
    }

    DocumentType documentType() {
        return DocumentType.valueOf(name());
    }
}
