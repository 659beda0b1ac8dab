package org.werkraum.blog;

import java.time.Instant;
import java.util.Set;
import org.werkraum.community.Community;

/**
 * A post in a list: a blog's home, one's drafts, a tag's posts.
 *
 * @param communityId
 *            the community whose blog it is in, or null
 * @param communityName
 *            that community's name, or null
 */
public record PostSummary(
        long id,
        String title,
        PostStatus status,
        String authorLogin,
        String authorName,
        Set<String> tags,
        Instant publishedAt,
        Instant scheduledAt,
        Instant updatedAt,
        boolean edited,
        boolean leadershipUpdate,
        Long communityId,
        String communityName) {

    /** Of a post whose blog and community were fetched with it. */
    static PostSummary of(BlogPost post) {
        Community community = post.blog().community();
        return new PostSummary(
                post.id(),
                post.title(),
                post.status(),
                post.author().login(),
                post.author().displayName(),
                post.tags(),
                post.publishedAt(),
                post.scheduledAt(),
                post.updatedAt(),
                post.editedAt() != null,
                post.isLeadershipUpdate(),
                community == null ? null : community.id(),
                community == null ? null : community.name());
    }
}
