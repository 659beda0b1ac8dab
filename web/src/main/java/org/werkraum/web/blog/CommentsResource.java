package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.werkraum.blog.Discussion;
import org.werkraum.blog.PostDiscussion;
import org.werkraum.web.security.CurrentUser;

/**
 * A comment once written ({@code POST /api/posts/42/comments} writes one): remove it (its place stays, marked), like
 * it, see who liked it.
 */
@Path("comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

    @Inject
    PostDiscussion discussions;

    @Inject
    CurrentUser currentUser;

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        discussions.remove(currentUser.caller(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/like")
    public Discussion.Likes like(@PathParam("id") long id) {
        return discussions.likeComment(currentUser.caller(), id, true);
    }

    @DELETE
    @Path("{id}/like")
    public Discussion.Likes unlike(@PathParam("id") long id) {
        return discussions.likeComment(currentUser.caller(), id, false);
    }

    @GET
    @Path("{id}/likes")
    public Discussion.Likers likers(@PathParam("id") long id) {
        return discussions.commentLikers(currentUser.caller(), id);
    }
}
