package org.werkraum.wiki;

import java.time.Instant;

/**
 * A page's current revision as readers see it.
 *
 * @param revision
 *            the number of the current revision, which an edit names as the one it started from
 * @param html
 *            rendered from the Markdown and cleaned when the revision was saved
 */
public record PageView(
        long id,
        long wikiId,
        String wikiName,
        Long parentId,
        String title,
        int revision,
        String markdown,
        String html,
        String authorLogin,
        String authorName,
        Instant savedAt,
        boolean canEdit) {}
