package org.werkraum.ideation;

import java.time.Instant;
import java.util.Set;

/** An idea in its board's list. */
public record IdeaSummary(
        long id,
        String title,
        IdeaStatus status,
        int voteCount,
        boolean votedByMe,
        String authorLogin,
        String authorName,
        Instant createdAt,
        Set<String> tags,
        long commentCount) {}
