package org.werkraum.ideation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An idea's page: the idea, its board and community, its status with the owners' note, its votes and what the caller
 * may do, and its comments, oldest first.
 *
 * @param duplicateOfId
 *            the idea this one duplicates (which took over its votes), or null
 * @param canVote
 *            whether the caller may vote for it now (a member, an open idea on an open board, votes left or his own
 *            vote on it)
 */
public record IdeaDetail(
        long id,
        long boardId,
        String boardQuestion,
        long communityId,
        String communityName,
        String title,
        String html,
        String markdown,
        Set<String> tags,
        IdeaStatus status,
        String statusNote,
        Instant statusChangedAt,
        String statusChangedByName,
        Long duplicateOfId,
        String duplicateOfTitle,
        String authorLogin,
        String authorName,
        Instant createdAt,
        int voteCount,
        boolean votedByMe,
        int votesLeft,
        int voteLimit,
        boolean canVote,
        boolean canManage,
        boolean canComment,
        List<Comment> comments,
        long version) {

    /** A comment; a removed one keeps its place with its text gone. */
    public record Comment(
            long id,
            String authorLogin,
            String authorName,
            String html,
            Instant createdAt,
            boolean removed,
            boolean canRemove) {}
}
