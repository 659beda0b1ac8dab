package org.werkraum.web.ideation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.werkraum.ideation.BoardDraft;
import org.werkraum.ideation.BoardService;
import org.werkraum.ideation.BoardView;
import org.werkraum.ideation.IdeaService;
import org.werkraum.ideation.IdeaSort;
import org.werkraum.ideation.IdeaSummary;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.Paging;

/**
 * {@code /boards/7}: a board's ideas by votes, newest or status, with the caller's votes and how many he has left;
 * members vote and withdraw here, owners change the board's end date and vote limit.
 */
@Named
@ViewScoped
public class BoardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BoardService boards;

    @Inject
    IdeaService ideas;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private String sort;
    private Integer page;
    private BoardView view;
    private String question;
    private LocalDateTime endsAt;
    private Integer voteLimit;

    public void onLoad() {
        view = boards.board(currentUser.caller(), id, sortOrder(), Paging.request(page));
        question = view.board().question();
        endsAt = view.board().endsAt() == null
                ? null
                : LocalDateTime.ofInstant(view.board().endsAt(), ZoneId.systemDefault());
        voteLimit = view.board().voteLimit();
    }

    /** Votes for an idea, or withdraws the vote the caller gave it. */
    public String toggleVote(long ideaId, boolean voted) {
        if (voted) {
            ideas.withdraw(currentUser.caller(), ideaId);
            messages.flashInfo("idea.withdrawn");
        } else {
            ideas.vote(currentUser.caller(), ideaId);
            messages.flashInfo("idea.voted");
        }
        return again();
    }

    /** The owners' changes: the question (not of the community's own board), end date, votes per member. */
    public String change() {
        boards.change(
                currentUser.caller(),
                id,
                view.board().version(),
                new BoardDraft(
                        question,
                        endsAt == null
                                ? null
                                : endsAt.atZone(ZoneId.systemDefault()).toInstant(),
                        voteLimit));
        messages.flashInfo("board.changed");
        return again();
    }

    private String again() {
        return "/ideation/board?faces-redirect=true&id=" + id + (sort == null ? "" : "&sort=" + sort)
                + (page == null ? "" : "&page=" + page);
    }

    private IdeaSort sortOrder() {
        if (sort == null || sort.isBlank()) {
            return IdeaSort.VOTES;
        }
        try {
            return IdeaSort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("sort", sort);
        }
    }

    public BoardView getView() {
        return view;
    }

    public List<IdeaSummary> getIdeas() {
        return view == null ? List.of() : view.ideas().items();
    }

    public long getPageCount() {
        return view == null
                ? 1
                : Paging.pageCount(view.ideas().total(), view.ideas().size());
    }

    public String getSortName() {
        return sortOrder().name();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
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

    public int getVoteLimitMax() {
        return BoardService.VOTE_LIMIT_MAX;
    }
}
