package org.werkraum.mail;

import java.time.Instant;
import org.werkraum.notification.NotificationKind;
import org.werkraum.notification.SubjectType;

/**
 * One thing a mail tells: a notification, or several of one kind about one subject ("Ben Carter and 2 others
 * commented…").
 *
 * @param others
 *            how many other people did the same
 */
record MailLine(
        NotificationKind kind,
        SubjectType subjectType,
        long subjectId,
        Long parentId,
        Long anchorId,
        String actorName,
        long others,
        String title,
        String excerpt,
        Instant at) {

    String link() {
        return MailLinks.subject(subjectType, subjectId, parentId, anchorId);
    }
}
