package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.werkraum.blog.BlogService;
import org.werkraum.blog.CommentDraft;
import org.werkraum.blog.Discussion;
import org.werkraum.blog.PostDetail;
import org.werkraum.blog.PostDiscussion;
import org.werkraum.blog.PostDraft;
import org.werkraum.blog.PostLists;
import org.werkraum.blog.PostSummary;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;

/**
 * Blog posts: {@code POST} a draft into one's own blog (with {@code communityId}, into that community's blog),
 * {@code PUT} new text with the version read, {@code publish}; {@code GET /api/posts?author=login} is that person's
 * blog, {@code ?community=42} a community's, {@code GET /api/posts/drafts} one's own drafts.
 */
@Path("posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {

    @Inject
    BlogService blogs;

    @Inject
    PostLists lists;

    @Inject
    PostDiscussion discussions;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /**
     * A post's title, Markdown and tags; for a change, with the version that was read; for a new post in a
     * community's blog, the community.
     */
    public record PostBody(
            String title,
            String markdown,
            Set<String> tags,
            Long version,
            Boolean leadershipBlog,
            Boolean leadershipUpdate,
            Long communityId) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(PostBody body) {
        PostDetail written = body != null && body.communityId() != null
                ? blogs.writeInCommunity(currentUser.caller(), body.communityId(), draft(body))
                : blogs.write(currentUser.caller(), draft(body));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(written.id()))
                        .build())
                .entity(written)
                .build();
    }

    @GET
    public Page<PostSummary> blog(
            @QueryParam("author") String author,
            @QueryParam("tag") String tag,
            @QueryParam("community") Long community,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (tag != null && !tag.isBlank()) {
            return lists.tagged(currentUser.caller(), tag, new PageRequest(page, size));
        }
        if (community != null) {
            return lists.communityBlog(currentUser.caller(), community, new PageRequest(page, size))
                    .posts();
        }
        if (author == null || author.isBlank()) {
            throw new BadRequestException("say whose blog (?author=login or ?community=42) or which tag (?tag=…)");
        }
        return lists.blogOf(currentUser.caller(), author.strip(), new PageRequest(page, size))
                .posts();
    }

    @GET
    @Path("drafts")
    public List<PostSummary> drafts() {
        return lists.drafts(currentUser.caller());
    }

    @GET
    @Path("{id}")
    public PostDetail post(@PathParam("id") long id) {
        return blogs.post(currentUser.caller(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostDetail update(@PathParam("id") long id, PostBody body) {
        if (body == null || body.version() == null) {
            throw new BadRequestException("the body must carry the version that was read");
        }
        return blogs.update(currentUser.caller(), id, body.version(), draft(body));
    }

    @POST
    @Path("{id}/publish")
    public PostDetail publish(@PathParam("id") long id) {
        return blogs.publish(currentUser.caller(), id);
    }

    /** When the server is to publish a draft: {@code {"publishAt": "2026-12-24T09:00:00Z"}}. */
    public record ScheduleBody(Instant publishAt) {}

    /** Has the server publish the draft at a time to come; a time past is a 400. */
    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostDetail schedule(@PathParam("id") long id, ScheduleBody body) {
        return blogs.schedule(currentUser.caller(), id, body == null ? null : body.publishAt());
    }

    /** Takes a scheduled post back into the drafts. */
    @DELETE
    @Path("{id}/schedule")
    public PostDetail unschedule(@PathParam("id") long id) {
        return blogs.unschedule(currentUser.caller(), id);
    }

    /** Every leadership update, newest first. */
    @GET
    @Path("leadership")
    public Page<PostSummary> leadership(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return lists.leadershipUpdates(currentUser.caller(), new PageRequest(page, size));
    }

    /** The leadership updates the caller has neither read nor dismissed, newest first. */
    @GET
    @Path("leadership/unread")
    public List<PostSummary> unreadLeadership() {
        return lists.unreadLeadershipUpdates(currentUser.caller(), PageRequest.MAX_SIZE);
    }

    /** Notes that the caller has read a leadership update. */
    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        blogs.markRead(currentUser.caller(), id);
        return Response.noContent().build();
    }

    /** Puts a leadership update away from the caller's home page. */
    @POST
    @Path("{id}/dismiss")
    public Response dismiss(@PathParam("id") long id) {
        blogs.dismiss(currentUser.caller(), id);
        return Response.noContent().build();
    }

    /** Deletes the post for everyone, with its discussion: its author or a moderator. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        blogs.delete(currentUser.caller(), id);
        return Response.noContent().build();
    }

    /** The post's likes and a page of its comments, oldest first, each with its replies. */
    @GET
    @Path("{id}/comments")
    public Discussion discussion(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return discussions.discussion(currentUser.caller(), id, new PageRequest(page, size));
    }

    /** A comment, or with {@code parentId} a reply. */
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long id, CommentDraft body) {
        if (body == null) {
            throw new BadRequestException("a comment needs a body");
        }
        Discussion.Comment written = discussions.comment(currentUser.caller(), id, body);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("comments")
                        .path(String.valueOf(written.id()))
                        .build())
                .entity(written)
                .build();
    }

    @PUT
    @Path("{id}/like")
    public Discussion.Likes like(@PathParam("id") long id) {
        return discussions.likePost(currentUser.caller(), id, true);
    }

    @DELETE
    @Path("{id}/like")
    public Discussion.Likes unlike(@PathParam("id") long id) {
        return discussions.likePost(currentUser.caller(), id, false);
    }

    /** Who liked the post: how many, and the newest by name. */
    @GET
    @Path("{id}/likes")
    public Discussion.Likers likers(@PathParam("id") long id) {
        return discussions.postLikers(currentUser.caller(), id);
    }

    private static PostDraft draft(PostBody body) {
        if (body == null) {
            throw new BadRequestException("a post needs a body");
        }
        return new PostDraft(
                body.title(),
                body.markdown(),
                body.tags(),
                Boolean.TRUE.equals(body.leadershipBlog()),
                Boolean.TRUE.equals(body.leadershipUpdate()));
    }
}
