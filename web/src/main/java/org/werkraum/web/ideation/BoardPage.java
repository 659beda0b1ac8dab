package org.werkraum.web.ideation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.werkraum.ideation.BoardService;
import org.werkraum.ideation.BoardView;
import org.werkraum.ideation.IdeaService;
import org.werkraum.ideation.IdeaSort;
import org.werkraum.ideation.IdeaSummary;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Links;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.Paging;

/**
 * {@code /boards/7}: a board's ideas by votes, newest or status, with the caller's votes and how many he has left. A
 * view without state: each vote button says by its value what it does to which idea ({@code vote:12},
 * {@code withdraw:12}), and every vote ends in a redirect back to the board as it was sorted.
 */
@Named
@RequestScoped
public class BoardPage {

    /** The request parameter of the vote buttons, which is also the id of the command they fire. */
    public static final String ACTION = "boardAction";

    @Inject
    BoardService boards;

    @Inject
    IdeaService ideas;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    Links links;

    private Long id;
    private String sort;
    private Integer page;
    private BoardView view;

    public void onLoad() {
        view = boards.board(currentUser.caller(), id, sortOrder(), Paging.request(page));
    }

    /** What a vote button asked for: {@code vote:12} or {@code withdraw:12}. */
    public void act() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String action = parameters.getOrDefault(ACTION, "");
        int colon = action.indexOf(':');
        long idea = colon < 0 ? 0 : parse(action.substring(colon + 1));
        switch (colon < 0 ? action : action.substring(0, colon)) {
            case "vote" -> {
                ideas.vote(currentUser.caller(), idea);
                messages.flashInfo("idea.voted");
            }
            case "withdraw" -> {
                ideas.withdraw(currentUser.caller(), idea);
                messages.flashInfo("idea.withdrawn");
            }
            default -> {
                messages.error("error.invalid");
                return;
            }
        }
        long board = parse(parameters.getOrDefault("id", ""));
        String again = links.board(board);
        String order = parameters.get("sort");
        if (order != null && !order.isBlank()) {
            again = links.boardSorted(board, order);
        }
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(again + "#idea-" + idea);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("idea", number);
        }
    }

    private IdeaSort sortOrder() {
        if (sort == null || sort.isBlank()) {
            return IdeaSort.VOTES;
        }
        return IdeaSort.named(sort).orElseThrow(() -> new NotFoundException("sort", sort));
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
}
