package org.werkraum.web.ideation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.werkraum.ideation.BoardService;
import org.werkraum.ideation.BoardSummary;
import org.werkraum.ideation.IdeaSort;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /boards/7/settings}: the owners change a board's question (not of the community's own board), its end date
 * and the votes each member has there.
 */
@Named
@ViewScoped
public class BoardSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BoardService boards;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private BoardSummary board;
    private BoardForm form;

    public void onLoad() {
        if (board != null) {
            return;
        }
        var view = boards.board(currentUser.caller(), id, IdeaSort.NEWEST, PageRequest.first(1));
        if (!view.canManage()) {
            throw new AccessDeniedException(
                    "error.board.ownersOnly",
                    "only the owners run the board",
                    view.board().communityName());
        }
        board = view.board();
        form = BoardForm.of(board);
    }

    public String save() {
        boards.change(currentUser.caller(), id, board.version(), form.draft());
        messages.flashInfo("board.changed");
        return "/ideation/board?faces-redirect=true&id=" + id;
    }

    public BoardSummary getBoard() {
        return board;
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
