package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.werkraum.blog.CommentDraft;
import org.werkraum.blog.Discussion;
import org.werkraum.blog.PostDetail;
import org.werkraum.blog.PostDiscussion;
import org.werkraum.blog.PostReading;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Links;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.Paging;
import org.werkraum.web.shared.RequestNumbers;

/**
 * {@code /posts/42}: one post, as its readers see it, and its discussion: likes, comments with one level of replies.
 * A view without state: each button says by its value what it does to which comment ({@code like:17}), so that a
 * comment written meanwhile by someone else cannot shift a click onto the wrong one; every action ends in a redirect
 * back to the post.
 */
@Named
@RequestScoped
public class PostPage {

    /** The request parameter of the discussion's buttons, which is also the id of the command they fire. */
    public static final String ACTION = "discussionAction";

    /** Top-level comments per page; replies come with their comment. */
    static final int COMMENTS_PER_PAGE = 50;

    @Inject
    PostDiscussion discussions;

    @Inject
    PostReading reading;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    Links links;

    private Long id;
    private Integer page;
    private Long replyTo;
    private String commentText;
    private PostDetail post;
    private Discussion discussion;
    private boolean gone;

    public void onLoad() {
        // opened to be read (not posted back): a leadership update leaves the reader's home page
        PostReading.PostPage page = reading.read(
                currentUser.caller(),
                id,
                commentsPage(),
                !FacesContext.getCurrentInstance().isPostback());
        post = page.post();
        discussion = page.discussion();
    }

    /**
     * On a post back the view, which keeps no state, is built anew before any value of the form is applied: the post
     * and its discussion are read then, as the rendered conditions of the form need them, with the post's id from the
     * address ({@code /posts/42}). A post deleted meanwhile leaves the form to the comment being written, which the
     * service then refuses with the reason, keeping its text in the box.
     */
    private void loadOnPostback() {
        if (post != null || gone || !FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        id = id != null ? id : RequestNumbers.of("id");
        replyTo = replyTo != null ? replyTo : RequestNumbers.of("replyTo");
        if (id == null) {
            return;
        }
        try {
            onLoad();
        } catch (NotFoundException e) {
            gone = true;
        }
    }

    private long postId() {
        if (id == null) {
            id = RequestNumbers.of("id");
        }
        if (id == null) {
            throw new NotFoundException("post", "none");
        }
        return id;
    }

    /** Writes the comment, or the reply, and shows it. */
    public void comment() {
        Discussion.Comment written =
                discussions.comment(currentUser.caller(), postId(), new CommentDraft(commentText, replyTo));
        messages.flashInfo(replyTo == null ? "comment.saved" : "comment.replySaved");
        redirect("comment-" + written.id());
    }

    /** What a button of the discussion asked for: {@code likePost}, {@code like:17}, {@code remove:17}… */
    public void act() {
        String action = Optional.ofNullable(FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get(ACTION))
                .orElse("");
        int colon = action.indexOf(':');
        String verb = colon < 0 ? action : action.substring(0, colon);
        long target = colon < 0 ? 0 : parse(action.substring(colon + 1));
        switch (verb) {
            case "likePost" -> discussions.likePost(currentUser.caller(), postId(), true);
            case "unlikePost" -> discussions.likePost(currentUser.caller(), postId(), false);
            case "like" -> discussions.likeComment(currentUser.caller(), target, true);
            case "unlike" -> discussions.likeComment(currentUser.caller(), target, false);
            case "remove" -> {
                discussions.remove(currentUser.caller(), target);
                messages.flashInfo("comment.removedDone");
            }
            default -> {
                messages.error("error.invalid");
                return;
            }
        }
        redirect(colon < 0 ? "postLikes" : "comment-" + target);
    }

    private void redirect(String anchor) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(links.post(postId()) + "#" + anchor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private PageRequest commentsPage() {
        int number = page == null || page < 0 ? 0 : Math.min(page, Paging.MAX_PAGE);
        return new PageRequest(number, COMMENTS_PER_PAGE);
    }

    /** The comment being answered, if it is on this page. */
    public Discussion.Comment getReplyingTo() {
        if (replyTo == null || getDiscussion() == null) {
            return null;
        }
        return discussion.comments().items().stream()
                .filter(c -> c.id() == replyTo)
                .findFirst()
                .orElse(null);
    }

    public PostDetail getPost() {
        loadOnPostback();
        return post;
    }

    public Discussion getDiscussion() {
        loadOnPostback();
        return discussion;
    }

    public List<Discussion.Comment> getComments() {
        return getDiscussion() == null ? List.of() : discussion.comments().items();
    }

    /** Whether the comment form is shown: on a published post, or when the post went while a comment was written. */
    public boolean isCommentable() {
        return getDiscussion() != null ? discussion.canComment() : gone;
    }

    public long getCommentPageCount() {
        return discussion == null
                ? 1
                : Paging.pageCount(
                        discussion.comments().total(), discussion.comments().size());
    }

    public int getCommentMax() {
        return PostDiscussion.COMMENT_MAX;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(Long replyTo) {
        this.replyTo = replyTo;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }
}
