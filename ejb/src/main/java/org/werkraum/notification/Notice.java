package org.werkraum.notification;

import java.util.Objects;

/**
 * One event to notify people of, as the services describe it.
 *
 * @param subjectId
 *            what it is about: notifications of one kind about one subject are shown as one ("Anna and 4 others
 *            liked…")
 * @param parentId
 *            the post of a {@link SubjectType#POST_COMMENT}; null for the rest
 * @param anchorId
 *            the comment within the subject to show (the new comment, the reply); null for the subject itself
 * @param communityId
 *            the community it happened in, or null
 * @param readers
 *            the one principal who may read the subject, as search spells it ({@code all}, {@code community:5},
 *            {@code wiki:7}, {@code user:3})
 * @param title
 *            the subject's title (a post's, a page's, a community's name)
 * @param excerpt
 *            the beginning of what was written, plain; empty for a like
 */
public record Notice(
        NotificationKind kind,
        long actorId,
        SubjectType subjectType,
        long subjectId,
        Long parentId,
        Long anchorId,
        Long communityId,
        String readers,
        String title,
        String excerpt) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(readers, "readers");
        Objects.requireNonNull(title, "title");
        excerpt = excerpt == null ? "" : excerpt;
    }

    /** The same event told as another kind (a comment that also mentions someone). */
    public Notice as(NotificationKind other) {
        return new Notice(
                other, actorId, subjectType, subjectId, parentId, anchorId, communityId, readers, title, excerpt);
    }
}
