package org.werkraum.web.ideation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.werkraum.ideation.BoardDraft;
import org.werkraum.ideation.BoardService;
import org.werkraum.ideation.BoardSummary;
import org.werkraum.ideation.CommunityBoards;
import org.werkraum.ideation.IdeaBoard;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Dates;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /communities/42/ideas}: a community's boards, its own first; its owners open a board with a question, an end
 * date and the number of votes each member has there.
 */
@Named
@ViewScoped
public class BoardsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BoardService boards;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private CommunityBoards community;
    private String question;
    private LocalDateTime endsAt;
    private Integer voteLimit = IdeaBoard.DEFAULT_VOTE_LIMIT;

    public void onLoad() {
        community = boards.boards(currentUser.caller(), id);
    }

    /** Opens the board and shows it. */
    public String open() {
        BoardSummary board =
                boards.open(currentUser.caller(), id, new BoardDraft(question, Dates.instant(endsAt), voteLimit));
        messages.flashInfo("boards.opened");
        return "/ideation/board?faces-redirect=true&id=" + board.id();
    }

    public CommunityBoards getCommunity() {
        return community;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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
