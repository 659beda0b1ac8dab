package org.werkraum.web.ideation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.werkraum.ideation.IdeaCommentDraft;
import org.werkraum.ideation.IdeaDetail;
import org.werkraum.ideation.IdeaService;
import org.werkraum.ideation.StatusChange;
import org.werkraum.ideation.VoteState;
import org.werkraum.web.security.CurrentUser;

/**
 * Ideas: {@code GET /api/ideas/12}, {@code PUT}/{@code DELETE /api/ideas/12/vote} to vote and withdraw,
 * {@code POST .../status} and {@code .../duplicate} for the owners' decisions, {@code POST .../comments} and
 * {@code DELETE /api/ideas/comments/5}.
 */
@Path("ideas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdeasResource {

    @Inject
    IdeaService ideas;

    @Inject
    CurrentUser currentUser;

    /** An idea marked as the same as another: the original, and a note for the community. */
    public record DuplicateBody(Long originalId, String note) {}

    @GET
    @Path("{id}")
    public IdeaDetail idea(@PathParam("id") long id) {
        return ideas.idea(currentUser.caller(), id);
    }

    @PUT
    @Path("{id}/vote")
    public VoteState vote(@PathParam("id") long id) {
        return ideas.vote(currentUser.caller(), id);
    }

    @DELETE
    @Path("{id}/vote")
    public VoteState withdraw(@PathParam("id") long id) {
        return ideas.withdraw(currentUser.caller(), id);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public IdeaDetail status(@PathParam("id") long id, StatusChange body) {
        if (body == null) {
            throw new BadRequestException("say the new status: {\"status\": \"ACCEPTED\", \"note\": \"…\"}");
        }
        return ideas.changeStatus(currentUser.caller(), id, body);
    }

    @POST
    @Path("{id}/duplicate")
    @Consumes(MediaType.APPLICATION_JSON)
    public IdeaDetail duplicate(@PathParam("id") long id, DuplicateBody body) {
        if (body == null || body.originalId() == null) {
            throw new BadRequestException("say which idea this one duplicates: originalId");
        }
        return ideas.markDuplicate(currentUser.caller(), id, body.originalId(), body.note());
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long id, IdeaCommentDraft body) {
        if (body == null) {
            throw new BadRequestException("a comment needs a body");
        }
        return Response.status(Response.Status.CREATED)
                .entity(ideas.comment(currentUser.caller(), id, body))
                .build();
    }

    @DELETE
    @Path("comments/{commentId}")
    public Response removeComment(@PathParam("commentId") long commentId) {
        ideas.removeComment(currentUser.caller(), commentId);
        return Response.noContent().build();
    }
}
