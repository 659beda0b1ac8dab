package org.werkraum.ideation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A board as its owners describe it: the question it asks (the community's own board asks none), perhaps an end date,
 * and how many open votes each person has on it.
 */
public record BoardDraft(
        @Size(max = BoardService.QUESTION_MAX) String question,
        Instant endsAt,
        @Min(1) @Max(BoardService.VOTE_LIMIT_MAX) Integer voteLimit) {

    public BoardDraft {
        question = question == null ? null : question.strip();
        voteLimit = voteLimit == null ? IdeaBoard.DEFAULT_VOTE_LIMIT : voteLimit;
    }
}
