package org.werkraum.blog;

/** Where a post stands. */
public enum PostStatus {
    /** Its author alone sees it. */
    DRAFT,
    /** Readable by whoever may read its blog. */
    PUBLISHED,
    /** Published by the server at a set time. */
    SCHEDULED,
    /** Deleted by its author or a moderator: gone for everyone; kept so that late comments learn why. */
    DELETED
}
