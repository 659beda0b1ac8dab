package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.RequestNumbers;
import org.werkraum.wiki.AttachmentView;
import org.werkraum.wiki.Attachments;
import org.werkraum.wiki.PageView;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiWatches;

/**
 * {@code /pages/12}: a wiki page's current revision, its breadcrumbs, the pages below it and the pages linking to it;
 * watching it, offering it as a template, and the files attached to it.
 */
@Named
@RequestScoped
public class WikiPagePage {

    @Inject
    WikiService wikis;

    @Inject
    WikiWatches watches;

    @Inject
    Attachments attachments;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private PageView page;
    private String attachmentError;
    private Long attached;

    public void onLoad() {
        getPage();
    }

    public String watch(boolean watching) {
        watches.watchPage(currentUser.caller(), getPage().id(), watching);
        messages.flashInfo(watching ? "wikiPage.watched" : "wikiPage.unwatched");
        return again();
    }

    public String markTemplate(boolean template) {
        wikis.markTemplate(currentUser.caller(), getPage().id(), template);
        messages.flashInfo(template ? "wikiPage.markedTemplate" : "wikiPage.unmarkedTemplate");
        return again();
    }

    /** Takes off the file whose button was pressed (its id is the button's value). */
    public String deleteAttachment() {
        Long chosen = RequestNumbers.of("deleteAttachment");
        AttachmentView file = getAttachments().stream()
                .filter(a -> chosen != null && a.id() == chosen)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", String.valueOf(chosen)));
        attachments.delete(currentUser.caller(), file.id());
        messages.flashInfo("attachments.deleted", file.name());
        return again();
    }

    /** The files on the page. */
    public List<AttachmentView> getAttachments() {
        return getPage().attachments();
    }

    /** The key of an upload's refusal, when the upload form sent the reader back with one (only those keys). */
    public String getAttachmentError() {
        return attachmentError != null && attachmentError.matches("error\\.attachment\\.[A-Za-z]{1,40}")
                ? attachmentError
                : null;
    }

    public void setAttachmentError(String attachmentError) {
        this.attachmentError = attachmentError;
    }

    /** The file just uploaded, when the upload form sent the reader back. */
    public AttachmentView getAttached() {
        return attached == null
                ? null
                : getAttachments().stream()
                        .filter(a -> a.id() == attached)
                        .findFirst()
                        .orElse(null);
    }

    public Long getAttachedId() {
        return attached;
    }

    public void setAttachedId(Long attached) {
        this.attached = attached;
    }

    public long getAttachmentMaxMegabytes() {
        return Attachments.maxBytes() / (1024 * 1024);
    }

    private String again() {
        return "/wiki/page?faces-redirect=true&id=" + id;
    }

    /** Read when first asked: a post back of this view without state runs no view action. */
    public PageView getPage() {
        if (page == null) {
            id = RequestNumbers.id(id, "page");
            page = wikis.page(currentUser.caller(), id);
        }
        return page;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
