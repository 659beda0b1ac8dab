package org.werkraum.wiki;

import java.time.Instant;

/**
 * One line of a page's history.
 *
 * @param revertedFrom
 *            for a revert, the revision whose title and text it took again
 */
public record RevisionSummary(
        int number,
        String title,
        String authorLogin,
        String authorName,
        Instant savedAt,
        String comment,
        boolean minor,
        Integer revertedFrom) {}
