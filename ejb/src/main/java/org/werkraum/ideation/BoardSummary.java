package org.werkraum.ideation;

import java.time.Instant;

/**
 * A board in its community's list and at the top of its page.
 *
 * @param question
 *            what the board asks; null for the community's own board
 * @param open
 *            whether ideas and votes are still taken (no end date, or one to come)
 */
public record BoardSummary(
        long id,
        long communityId,
        String communityName,
        boolean isDefault,
        String question,
        Instant endsAt,
        boolean open,
        int voteLimit,
        long ideaCount,
        long version) {

    static BoardSummary of(IdeaBoard board, long ideaCount) {
        return new BoardSummary(
                board.id(),
                board.community().id(),
                board.community().name(),
                board.isDefault(),
                board.question(),
                board.endsAt(),
                board.isOpen(),
                board.voteLimit(),
                ideaCount,
                board.version());
    }
}
