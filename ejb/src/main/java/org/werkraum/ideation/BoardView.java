package org.werkraum.ideation;

import org.werkraum.shared.Page;

/**
 * A board's page: the board, what the caller may do there, his votes, and a page of its ideas in the order asked
 * for.
 *
 * @param votesLeft
 *            how many more ideas the caller may vote for on this board
 */
public record BoardView(
        BoardSummary board,
        boolean canPost,
        boolean canManage,
        int votesLeft,
        IdeaSort sort,
        Page<IdeaSummary> ideas) {}
