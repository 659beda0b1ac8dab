package org.werkraum.activity;

/** What someone did, as the stream tells it. */
public enum ActivityKind {
    /** Published a post; the subject is the post. */
    POST,
    /** Commented on a post; the subject is the comment, the parent the post. */
    POST_COMMENT,
    /** Wrote or changed a wiki page; the subject is the page. */
    WIKI_EDIT,
    /** Bookmarked a page; the subject is the bookmark, the parent the bookmarked page. */
    BOOKMARK,
    /** Posted an idea; the subject is the idea. */
    IDEA,
    /** Commented on an idea; the subject is the comment, the parent the idea. */
    IDEA_COMMENT,
    /** Became a member of a community; the subject is the community. */
    NEW_MEMBER
}
