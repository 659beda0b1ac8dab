package org.werkraum.web.ideation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.werkraum.ideation.BoardService;
import org.werkraum.ideation.BoardSummary;
import org.werkraum.ideation.CommunityBoards;
import org.werkraum.web.security.CurrentUser;
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
    private final BoardForm form = new BoardForm();

    public void onLoad() {
        community = boards.boards(currentUser.caller(), id);
    }

    /** Opens the board and shows it. */
    public String open() {
        BoardSummary board = boards.open(currentUser.caller(), id, form.draft());
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

    public BoardForm getForm() {
        return form;
    }
}
