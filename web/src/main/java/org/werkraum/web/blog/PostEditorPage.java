package org.werkraum.web.blog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.werkraum.blog.BlogKind;
import org.werkraum.blog.BlogService;
import org.werkraum.blog.PostDetail;
import org.werkraum.blog.PostDraft;
import org.werkraum.blog.PostImages;
import org.werkraum.blog.PostStatus;
import org.werkraum.community.CommunityService;
import org.werkraum.markdown.Markdown;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Dates;
import org.werkraum.web.shared.Links;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /posts/new} and {@code /posts/42/edit}: the author writes Markdown and sees it as readers will, rendered by
 * the same code that renders the saved post, while he types. He saves a draft as often as he likes, publishes it, and
 * adds images, which the text then shows where the cursor was.
 */
@Named
@ViewScoped
public class PostEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BlogService blogs;

    @Inject
    PostImages images;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    Links links;

    @Inject
    Dates dates;

    private Long id;
    private long version;
    private PostStatus status;
    private String title;
    private String markdown;
    private List<String> tags = new ArrayList<>();
    private boolean leadershipBlog;
    private boolean leadershipUpdate;
    private Long communityId;
    private String communityName;
    private Instant scheduledAt;
    private LocalDateTime publishAt;
    private String preview = "";

    /**
     * On the first request: the post to change, if the address names one (only its author gets this far), or the
     * community in whose blog a new post goes.
     */
    public void onLoad() {
        if (id == null && communityId != null && communityName == null) {
            communityName = communities.find(currentUser.caller(), communityId).name();
        }
        if (id == null || status != null) {
            return;
        }
        PostDetail post = blogs.post(currentUser.caller(), id);
        if (!post.canEdit()) {
            messages.error("error.post.notYours");
            return;
        }
        version = post.version();
        status = post.status();
        title = post.title();
        markdown = post.markdown();
        tags = new ArrayList<>(post.tags());
        leadershipBlog = post.blogKind() == BlogKind.LEADERSHIP;
        leadershipUpdate = post.leadershipUpdate();
        communityId = post.communityId();
        communityName = post.communityName();
        scheduledAt = post.scheduledAt();
        publishAt = Dates.local(scheduledAt);
        preview = post.html();
    }

    /** Renders what has been typed so far, as the post will show it. */
    public void updatePreview() {
        preview = Markdown.toHtml(markdown);
    }

    /** Keeps an uploaded image; the page's script puts its Markdown where the cursor is. */
    public void upload(FileUploadEvent event) {
        PostImages.Uploaded image = images.upload(currentUser.caller(), inputOf(event));
        PrimeFaces.current()
                .ajax()
                .addCallbackParam(
                        "imageMarkdown",
                        "![" + altText(event.getFile().getFileName()) + "](" + links.image(image.id()) + ")");
    }

    private static InputStream inputOf(FileUploadEvent event) {
        try {
            return event.getFile().getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the draft, or the changed post, and shows it: a draft in the editor again, a published post as read. */
    public String save() {
        PostDetail saved = store();
        if (saved.status() == PostStatus.PUBLISHED) {
            messages.flashInfo("postEditor.saved");
            return "/blog/post?faces-redirect=true&id=" + saved.id();
        }
        messages.flashInfo("postEditor.draftSaved");
        return "/blog/edit?faces-redirect=true&id=" + saved.id();
    }

    /** Saves and publishes: from now on every employee reads it. */
    public String publish() {
        PostDetail saved = store();
        blogs.publish(currentUser.caller(), saved.id());
        messages.flashInfo("postEditor.published");
        return "/blog/post?faces-redirect=true&id=" + saved.id();
    }

    /**
     * Saves the draft and has the server publish it at the time given, in the server's time zone as the pages show
     * times. A time past is refused before anything is saved.
     */
    public String schedule() {
        Instant at = Dates.instant(publishAt);
        BlogService.requireFuture(at);
        PostDetail saved = store();
        PostDetail scheduled = blogs.schedule(currentUser.caller(), saved.id(), at);
        messages.flashInfo("postEditor.scheduled", dates.of(scheduled.scheduledAt()));
        return "/blog/edit?faces-redirect=true&id=" + saved.id();
    }

    /** Takes the scheduled post back into the drafts, as it is. */
    public String unschedule() {
        blogs.unschedule(currentUser.caller(), id);
        messages.flashInfo("postEditor.unscheduled");
        return "/blog/edit?faces-redirect=true&id=" + id;
    }

    private PostDetail store() {
        PostDraft draft = new PostDraft(
                title,
                markdown,
                new LinkedHashSet<>(tags == null ? List.of() : tags),
                leadershipBlog,
                leadershipUpdate);
        PostDetail saved;
        if (id != null) {
            saved = blogs.update(currentUser.caller(), id, version, draft);
        } else if (communityId != null) {
            saved = blogs.writeInCommunity(currentUser.caller(), communityId, draft);
        } else {
            saved = blogs.write(currentUser.caller(), draft);
        }
        id = saved.id();
        version = saved.version();
        status = saved.status();
        return saved;
    }

    /** The file's name without its extension, as the image's description until the author writes a better one. */
    static String altText(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        // brackets and line breaks would end the description early
        return name.replaceAll("[\\[\\]\\\\\\r\\n]", " ").strip();
    }

    public boolean isScheduled() {
        return status == PostStatus.SCHEDULED;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public boolean isPublished() {
        return status == PostStatus.PUBLISHED;
    }

    /** Whether the form is shown: for a new post, or to the author of the one in the address. */
    public boolean isEditable() {
        return id == null || status != null;
    }

    /** Whether this is a new post, not yet saved. */
    public boolean isCreating() {
        return id == null;
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

    public boolean isLeadershipBlog() {
        return leadershipBlog;
    }

    public void setLeadershipBlog(boolean leadershipBlog) {
        this.leadershipBlog = leadershipBlog;
    }

    public boolean isLeadershipUpdate() {
        return leadershipUpdate;
    }

    public void setLeadershipUpdate(boolean leadershipUpdate) {
        this.leadershipUpdate = leadershipUpdate;
    }

    /** The community in whose blog the post is, or null. */
    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public String getCommunityName() {
        return communityName;
    }

    public String getPreview() {
        return preview;
    }

    public int getTitleMax() {
        return BlogService.TITLE_MAX;
    }

    public int getBodyMax() {
        return BlogService.BODY_MAX;
    }

    public int getImageMaxBytes() {
        return PostImages.MAX_BYTES;
    }
}
