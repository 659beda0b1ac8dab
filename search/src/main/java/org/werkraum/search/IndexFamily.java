package org.werkraum.search;

/**
 * An index family is one Elasticsearch index behind one alias; a full reindex builds a new index for the family
 * and swaps the alias.
 */
public enum IndexFamily {
    PEOPLE("people"),
    COMMUNITIES("communities"),
    /** Blog posts and the comments on them. */
    BLOGS("blogs"),
    /** The ideas on the communities' boards. */
    IDEAS("ideas"),
    /** The current revisions of wiki pages. */
    WIKIS("wikis"),
    /** Everyone's public bookmarks: title, description, tags and address. */
    BOOKMARKS("bookmarks");

    private final String alias;

    IndexFamily(String alias) {
        this.alias = alias;
    }

    /** The alias name without the installation's prefix. */
    public String alias() {
        return alias;
    }
}
