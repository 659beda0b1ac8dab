package org.werkraum.blog;

import java.time.Instant;
import java.util.Set;

/** A post in a list: a blog's home, one's drafts. */
public record PostSummary(
        long id,
        String title,
        PostStatus status,
        String authorLogin,
        String authorName,
        Set<String> tags,
        Instant publishedAt,
        Instant updatedAt,
        boolean edited,
        boolean leadershipUpdate) {

    static PostSummary of(BlogPost post) {
        return new PostSummary(
                post.id(),
                post.title(),
                post.status(),
                post.author().login(),
                post.author().displayName(),
                post.tags(),
                post.publishedAt(),
                post.updatedAt(),
                post.editedAt() != null,
                post.isLeadershipUpdate());
    }
}
