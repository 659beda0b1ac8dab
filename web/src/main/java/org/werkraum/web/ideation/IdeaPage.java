package org.werkraum.web.ideation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.werkraum.ideation.BoardService;
import org.werkraum.ideation.IdeaCommentDraft;
import org.werkraum.ideation.IdeaDetail;
import org.werkraum.ideation.IdeaService;
import org.werkraum.ideation.IdeaSort;
import org.werkraum.ideation.IdeaStatus;
import org.werkraum.ideation.IdeaSummary;
import org.werkraum.ideation.StatusChange;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /ideas/12}: an idea with its status and the owners' note, its votes and comments; members vote and comment,
 * owners decide on it or mark it as a duplicate of another idea on its board.
 */
@Named
@ViewScoped
public class IdeaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The ideas offered as the original of a duplicate: the board's first ones by votes. */
    static final int ORIGINALS_OFFERED = PageRequest.MAX_SIZE;

    @Inject
    IdeaService ideas;

    @Inject
    BoardService boards;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private IdeaDetail idea;
    private String comment;
    private IdeaStatus status;
    private String note;
    private Long originalId;
    private List<IdeaSummary> originals;

    public void onLoad() {
        idea = ideas.idea(currentUser.caller(), id);
        status = idea.status() == IdeaStatus.DUPLICATE ? IdeaStatus.NEW : idea.status();
    }

    public String vote() {
        ideas.vote(currentUser.caller(), id);
        messages.flashInfo("idea.voted");
        return again();
    }

    public String withdraw() {
        ideas.withdraw(currentUser.caller(), id);
        messages.flashInfo("idea.withdrawn");
        return again();
    }

    public String comment() {
        ideas.comment(currentUser.caller(), id, new IdeaCommentDraft(comment));
        messages.flashInfo("idea.commented");
        return again();
    }

    public String removeComment(long commentId) {
        ideas.removeComment(currentUser.caller(), commentId);
        messages.flashInfo("comment.removedDone");
        return again();
    }

    public String decide() {
        ideas.changeStatus(currentUser.caller(), id, new StatusChange(status, note));
        messages.flashInfo("idea.decided");
        return again();
    }

    public String markDuplicate() {
        if (originalId == null) {
            messages.fieldError("ideaOriginal", "error.idea.originalMissing");
            return null;
        }
        ideas.markDuplicate(currentUser.caller(), id, originalId, note);
        messages.flashInfo("idea.markedDuplicate");
        return again();
    }

    private String again() {
        return "/ideation/idea?faces-redirect=true&id=" + id;
    }

    /** The other open ideas of the board, for owners marking this one as a duplicate. */
    public List<IdeaSummary> getOriginals() {
        if (originals == null) {
            originals = idea == null || !idea.canManage()
                    ? List.of()
                    : boards
                            .board(
                                    currentUser.caller(),
                                    idea.boardId(),
                                    IdeaSort.VOTES,
                                    PageRequest.first(ORIGINALS_OFFERED))
                            .ideas()
                            .items()
                            .stream()
                            .filter(other -> other.id() != idea.id())
                            .toList();
        }
        return originals;
    }

    /** The statuses an owner sets here; a duplicate is marked with its original. */
    public List<IdeaStatus> getStatuses() {
        return List.of(
                IdeaStatus.NEW, IdeaStatus.UNDER_REVIEW, IdeaStatus.ACCEPTED, IdeaStatus.DONE, IdeaStatus.DECLINED);
    }

    public IdeaDetail getIdea() {
        return idea;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public void setStatus(IdeaStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getOriginalId() {
        return originalId;
    }

    public void setOriginalId(Long originalId) {
        this.originalId = originalId;
    }

    public int getCommentMax() {
        return IdeaService.COMMENT_MAX;
    }

    public int getNoteMax() {
        return IdeaService.NOTE_MAX;
    }
}
