package org.werkraum.blog;

import java.time.Instant;
import java.util.List;
import org.werkraum.shared.Page;

/**
 * What is said under a post: its likes, who gave them, and a page of its comments, oldest first, each with its
 * replies.
 *
 * @param commentCount
 *            the comments and replies not removed, on all pages
 * @param canComment
 *            whether the caller may write a comment (a published post; a draft is not discussed)
 */
public record Discussion(
        long postId, Likes likes, Likers likers, long commentCount, Page<Comment> comments, boolean canComment) {

    /** How many like something, and whether the caller does. */
    public record Likes(long count, boolean mine) {}

    /**
     * A comment or a reply. A removed one keeps its place with its text gone ({@code removed}), so that the replies
     * below it still read as answers.
     *
     * @param likedBy
     *            the newest of those who liked it, by name (at most {@link PostDiscussion#COMMENT_LIKERS_NAMED})
     * @param canRemove
     *            whether the caller may remove it: its author, the post's author, a moderator
     */
    public record Comment(
            long id,
            Long parentId,
            String authorLogin,
            String authorName,
            String html,
            Instant createdAt,
            boolean removed,
            Likes likes,
            List<Liker> likedBy,
            boolean canRemove,
            List<Comment> replies) {}

    /** Who liked something: how many, and the newest of them by name. */
    public record Likers(long total, List<Liker> newest) {}

    /** One who liked it. */
    public record Liker(String login, String displayName) {}
}
