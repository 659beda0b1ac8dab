package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.InputStream;
import java.util.List;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.wiki.AttachmentView;
import org.werkraum.wiki.Attachments;
import org.werkraum.wiki.EditorPresence;
import org.werkraum.wiki.PageDiff;
import org.werkraum.wiki.PageEdit;
import org.werkraum.wiki.PageTree;
import org.werkraum.wiki.PageView;
import org.werkraum.wiki.RevisionSummary;
import org.werkraum.wiki.RevisionView;
import org.werkraum.wiki.Saved;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiWatches;

/**
 * Wiki pages: {@code GET /api/wiki-pages/12} the current revision, {@code PUT} a save naming the revision it started
 * from ({@code baseRevision}: 200 with the new revision, merged with edits of other lines saved meanwhile; 409 with
 * the sent text, the page as it is now and the merge with its conflicts marked, see {@link EditConflictMapper}),
 * {@code GET /api/wiki-pages/12/revisions} its history, newest first, {@code GET …/revisions/3} one revision,
 * {@code GET …/diff?from=1&to=3} the differences, {@code POST …/revisions/3/revert} revision 3 again as the next;
 * {@code PUT …/parent} moves it, {@code DELETE} puts it into the trash, {@code POST …/restore} takes it out,
 * {@code PUT …/template} and {@code PUT …/watch} set its flags, {@code GET …/attachments} lists its files and
 * {@code POST …/attachments?name=report.pdf} attaches the body as one.
 */
@Path("wiki-pages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WikiPagesResource {

    @Inject
    WikiService wikis;

    @Inject
    PageTree tree;

    @Inject
    WikiWatches watches;

    @Inject
    EditorPresence presence;

    @Inject
    Attachments files;

    @Context
    UriInfo uriInfo;

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

    /** Where a page goes, with the pages below it: under another page of its wiki, or to its top (none). */
    public record PlaceBody(Long parentId) {}

    /** Whether a page is offered as a template, or watched. */
    public record FlagBody(Boolean value) {}

    /** Moves the page with the pages below it; 409 for a place below itself. */
    @PUT
    @Path("{id}/parent")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("id") long id, PlaceBody body) {
        if (body == null) {
            throw new BadRequestException("say where: {\"parentId\": 12} or {\"parentId\": null} for the top");
        }
        tree.move(currentUser.caller(), id, body.parentId());
        return Response.noContent().build();
    }

    /** Deletes the page and the pages below it into the wiki's trash. */
    @DELETE
    @Path("{id}")
    public Response trash(@PathParam("id") long id) {
        tree.trash(currentUser.caller(), id);
        return Response.noContent().build();
    }

    /** Takes a page out of the trash with the pages that went with it (the wiki's owners). */
    @POST
    @Path("{id}/restore")
    public Response restore(@PathParam("id") long id) {
        tree.restore(currentUser.caller(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/template")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response template(@PathParam("id") long id, FlagBody body) {
        wikis.markTemplate(currentUser.caller(), id, flag(body));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/watch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response watch(@PathParam("id") long id, FlagBody body) {
        watches.watchPage(currentUser.caller(), id, flag(body));
        return Response.noContent().build();
    }

    /**
     * An editor open on the page says so (every {@link EditorPresence#HEARTBEAT_SECONDS} seconds) and hears who else
     * has one open.
     */
    @PUT
    @Path("{id}/presence")
    public List<EditorPresence.Editor> editing(@PathParam("id") long id) {
        return presence.editing(currentUser.caller(), id);
    }

    /** The editor is closed. */
    @DELETE
    @Path("{id}/presence")
    public Response left(@PathParam("id") long id) {
        presence.left(currentUser.caller(), id);
        return Response.noContent().build();
    }

    /** A page's files with their versions. */
    @GET
    @Path("{id}/attachments")
    public List<AttachmentView> ofPage(@PathParam("id") long pageId) {
        return files.ofPage(currentUser.caller(), pageId);
    }

    /** The request's body as a file of the page, or its next version; 413 past the limit, nothing kept. */
    @POST
    @Path("{id}/attachments")
    public Response upload(
            @PathParam("id") long pageId,
            @QueryParam("name") String name,
            @HeaderParam("Content-Length") Long length,
            InputStream body) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("name the file: ?name=report.pdf");
        }
        if (length != null && length > Attachments.maxBytes()) {
            // refused before a byte is read
            throw Attachments.tooLarge();
        }
        AttachmentView attached = files.upload(currentUser.caller(), pageId, name, body);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("attachments")
                        .path(String.valueOf(attached.id()))
                        .build())
                .entity(attached)
                .build();
    }

    static boolean flag(FlagBody body) {
        if (body == null || body.value() == null) {
            throw new BadRequestException("say yes or no: {\"value\": true}");
        }
        return body.value();
    }

    /** The revision's title and text again, as the page's next revision. */
    @POST
    @Path("{id}/revisions/{number}/revert")
    public Saved revert(@PathParam("id") long id, @PathParam("number") int number) {
        return wikis.revert(currentUser.caller(), id, number);
    }
}
