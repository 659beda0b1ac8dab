package org.werkraum.blog;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A post as its readers see it: the cleaned HTML and, for its author's editor, the Markdown.
 *
 * @param scheduledAt
 *            when the server publishes a scheduled post, or null
 * @param editedAt
 *            the last change after publishing ("edited"), or null
 * @param revisions
 *            the versions that edits after publishing replaced, newest first
 * @param canEdit
 *            whether the caller may change it
 * @param communityId
 *            the community whose blog the post is in, or null
 * @param leadershipUpdate
 *            shown at the top of every employee's home page until read or dismissed
 * @param readers
 *            how many have read this leadership update: for its author only, otherwise null
 */
public record PostDetail(
        long id,
        String title,
        String html,
        String markdown,
        Set<String> tags,
        PostStatus status,
        String authorLogin,
        String authorName,
        Instant createdAt,
        Instant publishedAt,
        Instant scheduledAt,
        Instant editedAt,
        List<Revision> revisions,
        long version,
        boolean canEdit,
        BlogKind blogKind,
        Long communityId,
        String communityName,
        boolean leadershipUpdate,
        Long readers) {

    /** A replaced version: who replaced it and when. */
    public record Revision(String replacedByLogin, String replacedByName, Instant replacedAt) {}
}
