package org.werkraum.wiki;

import java.time.Instant;

/**
 * One save in a wiki's recent changes: which page, which revision, by whom, when and why, with the page as it was
 * saved.
 */
public record PageChange(
        long pageId,
        int number,
        String title,
        String html,
        String comment,
        boolean minor,
        String authorLogin,
        String authorName,
        Instant savedAt) {}
