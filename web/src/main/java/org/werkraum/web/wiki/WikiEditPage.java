package org.werkraum.web.wiki;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.wiki.EditConflictException;
import org.werkraum.wiki.EditorPresence;
import org.werkraum.wiki.PageDraft;
import org.werkraum.wiki.PageEdit;
import org.werkraum.wiki.PageLink;
import org.werkraum.wiki.PageView;
import org.werkraum.wiki.Saved;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiSummary;

/**
 * {@code /wikis/7/new?parent=12} a new page, {@code /pages/12/edit} a page's editor. The editor keeps the revision it
 * started from; when someone saved meanwhile, the save merges or, where both changed the same lines, keeps the text
 * typed here in the editor and shows beside it what was saved meanwhile and both merged with the conflicts marked.
 * The next save then starts from the revision saved meanwhile: what is in the editor is what is saved.
 */
@Named
@ViewScoped
public class WikiEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    EditorPresence presence;

    /** The page being edited; none for a new page. */
    private Long id;

    /** For a new page: its wiki and perhaps its parent. */
    private Long wiki;

    private Long parent;

    private String wikiName;
    private String title;
    private String markdown;
    private String comment;
    private boolean minor;
    private int baseRevision;
    private String preview = "";

    /** For a new page: the template it starts from, and those the wiki has. */
    private Long template;

    private List<PageLink> templates = List.of();

    /** Who else has the page open in an editor right now. */
    private List<String> others = List.of();

    private Conflict conflict;

    /** What was saved meanwhile, for the writer to resolve against. */
    public record Conflict(int revision, String title, String text, String merged) implements Serializable {}

    public void onLoad() {
        if (wikiName != null) {
            return;
        }
        if (id != null) {
            PageView page = wikis.page(currentUser.caller(), id);
            wikiName = page.wikiName();
            wiki = page.wikiId();
            requireEditor(page.canEdit());
            title = page.title();
            markdown = page.markdown();
            baseRevision = page.revision();
            preview = page.html();
            heartbeat();
        } else if (wiki == null) {
            throw new NotFoundException("wiki", "none");
        } else {
            WikiSummary summary = wikis.wiki(currentUser.caller(), wiki);
            wikiName = summary.name();
            requireEditor(summary.canEdit());
            templates = wikis.templates(currentUser.caller(), wiki);
            if (template != null) {
                applyTemplate();
            }
        }
    }

    /** A new page starts from the chosen template's text (the one it has now). */
    public void applyTemplate() {
        if (template == null) {
            return;
        }
        markdown = wikis.templateText(currentUser.caller(), wiki, template);
        updatePreview();
    }

    /** Says the editor is still open, and hears who else has the page open in one. */
    public void heartbeat() {
        if (id != null) {
            others = presence.editing(currentUser.caller(), id).stream()
                    .map(EditorPresence.Editor::name)
                    .toList();
        }
    }

    /** The names of the others editing the page right now. */
    public String getOthers() {
        return String.join(", ", others);
    }

    public int getHeartbeatSeconds() {
        return EditorPresence.HEARTBEAT_SECONDS;
    }

    /** A reader who is no editor gets the reason at once, not after typing a page. */
    private static void requireEditor(boolean canEdit) {
        if (!canEdit) {
            throw new AccessDeniedException("error.wiki.editorsOnly", "only its editors write in a wiki");
        }
    }

    public void updatePreview() {
        preview = wikis.preview(currentUser.caller(), wiki, id, markdown);
    }

    public String save() {
        if (id == null) {
            Saved created =
                    wikis.createPage(currentUser.caller(), wiki, new PageDraft(parent, title, markdown, comment));
            messages.flashInfo("wikiPage.created");
            return "/wiki/page?faces-redirect=true&id=" + created.pageId();
        }
        try {
            Saved saved =
                    wikis.save(currentUser.caller(), id, new PageEdit(baseRevision, title, markdown, comment, minor));
            presence.left(currentUser.caller(), id);
            messages.flashInfo(saved.merged() ? "wikiPage.merged" : "wikiPage.saved", saved.revision());
            return "/wiki/page?faces-redirect=true&id=" + id;
        } catch (EditConflictException e) {
            // the text typed here stays in the editor; the next save starts from what was saved meanwhile
            conflict = new Conflict(e.currentRevision(), e.currentTitle(), e.currentText(), e.merged());
            baseRevision = e.currentRevision();
            messages.error(e.messageKey(), e.arguments());
            updatePreview();
            return null;
        }
    }

    public Long getTemplate() {
        return template;
    }

    public void setTemplate(Long template) {
        this.template = template;
    }

    public List<PageLink> getTemplates() {
        return templates;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Conflict getConflict() {
        return conflict;
    }

    public String getWikiName() {
        return wikiName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getWiki() {
        return wiki;
    }

    public void setWiki(Long wiki) {
        this.wiki = wiki;
    }

    public Long getParent() {
        return parent;
    }

    public void setParent(Long parent) {
        this.parent = parent;
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

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isMinor() {
        return minor;
    }

    public void setMinor(boolean minor) {
        this.minor = minor;
    }

    public int getBaseRevision() {
        return baseRevision;
    }

    public String getPreview() {
        return preview;
    }

    public int getTitleMax() {
        return WikiService.TITLE_MAX;
    }

    public int getTextMax() {
        return WikiService.TEXT_MAX;
    }

    public int getCommentMax() {
        return WikiService.COMMENT_MAX;
    }
}
