package org.werkraum.notification;

import java.time.Instant;

/**
 * One line of the notifications: an event, or several of one kind about one subject told as one ("Anna Schmidt and 4
 * others liked your post"), with the newest actor named.
 *
 * @param others
 *            how many other people did the same
 * @param parentId
 *            the post of a {@link SubjectType#POST_COMMENT}; null for the rest
 * @param anchorId
 *            the comment to show within the subject; null for the subject itself
 * @param unread
 *            whether the recipient has not seen it yet
 */
public record NotificationGroup(
        NotificationKind kind,
        SubjectType subjectType,
        long subjectId,
        Long parentId,
        Long anchorId,
        String actorLogin,
        String actorName,
        long others,
        Long communityId,
        String communityName,
        String title,
        String excerpt,
        boolean unread,
        Instant at) {}
