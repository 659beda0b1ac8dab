package org.werkraum.web.ideation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.werkraum.ideation.BoardService;
import org.werkraum.ideation.BoardSummary;
import org.werkraum.ideation.IdeaDetail;
import org.werkraum.ideation.IdeaDraft;
import org.werkraum.ideation.IdeaService;
import org.werkraum.ideation.IdeaSort;
import org.werkraum.markdown.Markdown;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/** {@code /boards/7/new}: a member writes an idea for a board, and sees its description as others will. */
@Named
@ViewScoped
public class NewIdeaPage implements Serializable {

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
    private BoardSummary board;
    private String title;
    private String markdown;
    private List<String> tags = new ArrayList<>();
    private String preview = "";

    public void onLoad() {
        if (board == null) {
            board = boards.board(currentUser.caller(), id, IdeaSort.NEWEST, PageRequest.first(1))
                    .board();
        }
    }

    public void updatePreview() {
        preview = Markdown.toHtml(markdown);
    }

    public String post() {
        IdeaDetail idea = ideas.post(
                currentUser.caller(),
                id,
                new IdeaDraft(title, markdown, new LinkedHashSet<>(tags == null ? List.of() : tags)));
        messages.flashInfo("idea.posted");
        return "/ideation/idea?faces-redirect=true&id=" + idea.id();
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public String getPreview() {
        return preview;
    }

    public int getTitleMax() {
        return IdeaService.TITLE_MAX;
    }

    public int getDescriptionMax() {
        return IdeaService.DESCRIPTION_MAX;
    }
}
