package org.werkraum.ideation;

import java.util.List;

/**
 * A community's boards, its own first, then the newest; whether the caller opens boards (its owners) and posts ideas
 * (its members).
 */
public record CommunityBoards(
        long communityId, String communityName, boolean canManage, boolean canPost, List<BoardSummary> boards) {

    public CommunityBoards {
        boards = List.copyOf(boards);
    }
}
