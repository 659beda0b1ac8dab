package org.werkraum.web.wiki;

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
import jakarta.ws.rs.core.MediaType;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.wiki.PageDiff;
import org.werkraum.wiki.PageEdit;
import org.werkraum.wiki.PageView;
import org.werkraum.wiki.RevisionSummary;
import org.werkraum.wiki.RevisionView;
import org.werkraum.wiki.Saved;
import org.werkraum.wiki.WikiService;

/**
 * Wiki pages: {@code GET /api/wiki-pages/12} the current revision, {@code PUT} a save naming the revision it started
 * from ({@code baseRevision}: 200 with the new revision, merged with edits of other lines saved meanwhile; 409 with
 * the sent text, the page as it is now and the merge with its conflicts marked, see {@link EditConflictMapper}),
 * {@code GET /api/wiki-pages/12/revisions} its history, newest first, {@code GET …/revisions/3} one revision,
 * {@code GET …/diff?from=1&to=3} the differences, {@code POST …/revisions/3/revert} revision 3 again as the next.
 */
@Path("wiki-pages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WikiPagesResource {

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("{id}")
    public PageView page(@PathParam("id") long id) {
        return wikis.page(currentUser.caller(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Saved save(@PathParam("id") long id, PageEdit body) {
        if (body == null) {
            throw new BadRequestException("a save needs a body: baseRevision, title, markdown");
        }
        return wikis.save(currentUser.caller(), id, body);
    }

    @GET
    @Path("{id}/revisions")
    public Page<RevisionSummary> history(
            @PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return wikis.history(currentUser.caller(), id, new PageRequest(page, size));
    }

    @GET
    @Path("{id}/revisions/{number}")
    public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
        return wikis.revision(currentUser.caller(), id, number);
    }

    @GET
    @Path("{id}/diff")
    public PageDiff diff(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new BadRequestException("say which revisions: ?from=1&to=3");
        }
        return wikis.diff(currentUser.caller(), id, from, to);
    }

    /** The revision's title and text again, as the page's next revision. */
    @POST
    @Path("{id}/revisions/{number}/revert")
    public Saved revert(@PathParam("id") long id, @PathParam("number") int number) {
        return wikis.revert(currentUser.caller(), id, number);
    }
}
