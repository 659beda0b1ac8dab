package org.werkraum.wiki;

import java.time.Instant;

/** One line of a page's history. */
public record RevisionSummary(
        int number,
        String title,
        String authorLogin,
        String authorName,
        Instant savedAt,
        String comment,
        boolean minor) {}
