package org.werkraum.notification;

/** What a notification is about, and where it leads. */
public enum SubjectType {
    POST,
    /** A comment on a post; the post is the notification's parent. */
    POST_COMMENT,
    IDEA,
    PAGE,
    COMMUNITY
}
