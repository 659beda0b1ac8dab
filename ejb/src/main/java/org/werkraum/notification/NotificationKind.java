package org.werkraum.notification;

/** What a notification tells. */
public enum NotificationKind {
    /** Someone mentioned the recipient ({@code @login}) in a post, a comment, an idea or a wiki page. */
    MENTION,
    /** Someone commented on the recipient's post or idea. */
    COMMENT,
    /** Someone answered the recipient's comment. */
    REPLY,
    /** Someone liked the recipient's post or comment. */
    LIKE,
    /** Someone asked to join a community the recipient owns. */
    MEMBERSHIP_REQUEST,
    /** Someone invited the recipient into a community. */
    INVITATION,
    /** Someone changed a wiki page the recipient watches (or a page of a wiki he watches). */
    PAGE_CHANGED,
    /** An executive wrote a leadership update the recipient has not read yet (read from the updates themselves). */
    LEADERSHIP_UPDATE
}
