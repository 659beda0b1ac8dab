package org.werkraum.web.ideation;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.werkraum.ideation.BoardDraft;
import org.werkraum.ideation.BoardService;
import org.werkraum.ideation.BoardSummary;
import org.werkraum.ideation.IdeaBoard;
import org.werkraum.web.shared.Dates;

/**
 * What the owners set of a board, as its fields hold it (board-fields.xhtml): for opening one and for changing it.
 */
public class BoardForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String question;
    private LocalDateTime endsAt;
    private Integer voteLimit = IdeaBoard.DEFAULT_VOTE_LIMIT;

    /** The fields of a board being changed, as it is. */
    static BoardForm of(BoardSummary board) {
        BoardForm form = new BoardForm();
        form.question = board.question();
        form.endsAt = Dates.local(board.endsAt());
        form.voteLimit = board.voteLimit();
        return form;
    }

    BoardDraft draft() {
        return new BoardDraft(question, Dates.instant(endsAt), voteLimit);
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getVoteLimit() {
        return voteLimit;
    }

    public void setVoteLimit(Integer voteLimit) {
        this.voteLimit = voteLimit;
    }

    public int getQuestionMax() {
        return BoardService.QUESTION_MAX;
    }

    public int getVoteLimitMax() {
        return BoardService.VOTE_LIMIT_MAX;
    }
}
