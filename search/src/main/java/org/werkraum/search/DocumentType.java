package org.werkraum.search;

/** What a search document stands for; each type belongs to one index family. */
public enum DocumentType {
    PERSON(IndexFamily.PEOPLE),
    COMMUNITY(IndexFamily.COMMUNITIES),
    POST(IndexFamily.BLOGS),
    COMMENT(IndexFamily.BLOGS),
    IDEA(IndexFamily.IDEAS),
    WIKI_PAGE(IndexFamily.WIKIS),
    WIKI_ATTACHMENT(IndexFamily.WIKIS),
    BOOKMARK(IndexFamily.BOOKMARKS);

    private final IndexFamily family;

    DocumentType(IndexFamily family) {
        this.family = family;
    }

    public IndexFamily family() {
        return family;
    }
}
