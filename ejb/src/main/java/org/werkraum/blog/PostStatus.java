package org.werkraum.blog;

/** Where a post stands. */
public enum PostStatus {
    /** Its author alone sees it. */
    DRAFT,
    /** Readable by whoever may read its blog. */
    PUBLISHED,
    /** Published by the server at a set time. */
    SCHEDULED
}
