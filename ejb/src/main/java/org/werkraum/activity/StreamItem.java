package org.werkraum.activity;

import java.time.Instant;

/**
 * One line of a stream: who did what, where.
 *
 * @param parentId
 *            the post or idea commented on, the page bookmarked; null for the rest
 * @param address
 *            the address bookmarked, for a bookmark; null for the rest
 * @param communityId
 *            the community it happened in, or null
 */
public record StreamItem(
        long id,
        ActivityKind kind,
        String actorLogin,
        String actorName,
        long subjectId,
        Long parentId,
        String address,
        Long communityId,
        String communityName,
        String title,
        String excerpt,
        Instant at) {}
