package org.werkraum.blog;

import java.time.Instant;
import java.util.List;

/**
 * Where to start reading: the blogs most written in lately and the newest blogs, among those the caller may read.
 *
 * @param mostActive
 *            the blogs with the most posts in the last {@link PostLists#ACTIVE_DAYS} days, most first
 * @param newest
 *            the blogs opened last, with at least one published post, newest first
 */
public record BlogDirectory(List<Entry> mostActive, List<Entry> newest) {

    public BlogDirectory {
        mostActive = List.copyOf(mostActive);
        newest = List.copyOf(newest);
    }

    /**
     * A blog in the directory: a person's (his login and name), a community's (its id and name) or the leadership
     * blog.
     *
     * @param recentPosts
     *            its posts in the last {@link PostLists#ACTIVE_DAYS} days
     */
    public record Entry(
            BlogKind kind,
            String ownerLogin,
            String ownerName,
            Long communityId,
            String communityName,
            long recentPosts,
            Instant lastPublished,
            Instant createdAt) {}
}
