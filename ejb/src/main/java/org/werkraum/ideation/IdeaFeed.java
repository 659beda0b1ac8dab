package org.werkraum.ideation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A board's newest ideas with their descriptions, for a feed reader. */
public record IdeaFeed(BoardSummary board, List<Entry> entries) {

    /**
     * An idea in a feed.
     *
     * @param updated
     *            the owners' last decision on it, or when it was posted
     */
    public record Entry(
            long id,
            String title,
            String html,
            Set<String> tags,
            IdeaStatus status,
            String authorLogin,
            String authorName,
            Instant createdAt,
            Instant updated) {}

    public IdeaFeed {
        entries = List.copyOf(entries);
    }
}
