package org.werkraum.web.ideation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
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
import org.werkraum.ideation.BoardDraft;
import org.werkraum.ideation.BoardService;
import org.werkraum.ideation.BoardSummary;
import org.werkraum.ideation.BoardView;
import org.werkraum.ideation.CommunityBoards;
import org.werkraum.ideation.IdeaDetail;
import org.werkraum.ideation.IdeaDraft;
import org.werkraum.ideation.IdeaService;
import org.werkraum.ideation.IdeaSort;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;

/**
 * Idea boards: {@code GET /api/boards?community=42} a community's boards, {@code POST /api/boards} a new one (its
 * owners), {@code GET /api/boards/7?sort=votes|newest|status} a board with a page of its ideas, {@code PUT} its
 * question, end date and vote limit, {@code POST /api/boards/7/ideas} a new idea (its members).
 */
@Path("boards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BoardsResource {

    @Inject
    BoardService boards;

    @Inject
    IdeaService ideas;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** A board as its owners describe it; for a change, with the version that was read. */
    public record BoardBody(Long communityId, String question, Instant endsAt, Integer voteLimit, Long version) {}

    @GET
    public CommunityBoards boards(@QueryParam("community") Long community) {
        if (community == null) {
            throw new BadRequestException("say whose boards: ?community=42");
        }
        return boards.boards(currentUser.caller(), community);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(BoardBody body) {
        if (body == null || body.communityId() == null) {
            throw new BadRequestException("a board needs its community: communityId");
        }
        BoardSummary board = boards.open(
                currentUser.caller(),
                body.communityId(),
                new BoardDraft(body.question(), body.endsAt(), body.voteLimit()));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(board.id()))
                        .build())
                .entity(board)
                .build();
    }

    @GET
    @Path("{id}")
    public BoardView board(
            @PathParam("id") long id,
            @QueryParam("sort") @DefaultValue("votes") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        IdeaSort order =
                IdeaSort.named(sort).orElseThrow(() -> new BadRequestException("sort by votes, newest or status"));
        return boards.board(currentUser.caller(), id, order, new PageRequest(page, size));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BoardSummary change(@PathParam("id") long id, BoardBody body) {
        if (body == null || body.version() == null) {
            throw new BadRequestException("the body must carry the version that was read");
        }
        return boards.change(
                currentUser.caller(),
                id,
                body.version(),
                new BoardDraft(body.question(), body.endsAt(), body.voteLimit()));
    }

    @POST
    @Path("{id}/ideas")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@PathParam("id") long id, IdeaDraft body) {
        if (body == null) {
            throw new BadRequestException("an idea needs a body");
        }
        IdeaDetail idea = ideas.post(currentUser.caller(), id, body);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("ideas")
                        .path(String.valueOf(idea.id()))
                        .build())
                .entity(idea)
                .build();
    }
}
