package org.werkraum.wiki;

import java.time.Instant;

/**
 * One revision of a page as it was saved.
 *
 * @param current
 *            the number of the page's current revision, to tell an old revision from it
 */
public record RevisionView(
        long pageId,
        long wikiId,
        int number,
        int current,
        String title,
        String markdown,
        String html,
        String authorLogin,
        String authorName,
        Instant savedAt,
        String comment,
        boolean canEdit) {}
