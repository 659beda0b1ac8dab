package org.werkraum.security;

/** Who may read a content item (a post, a wiki page, a bookmark, an idea, a comment follows its parent). */
public enum Visibility {
    /** Every employee. */
    PUBLIC,
    /** Whoever may see the content of its community: everyone for public and moderated ones, members of restricted ones. */
    COMMUNITY,
    /** Its owner only: drafts, private bookmarks. */
    PRIVATE
}
