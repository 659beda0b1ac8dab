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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.werkraum.security.WikiRole;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.wiki.PageDraft;
import org.werkraum.wiki.PageLink;
import org.werkraum.wiki.PageTree;
import org.werkraum.wiki.Saved;
import org.werkraum.wiki.TrashedPage;
import org.werkraum.wiki.WantedPage;
import org.werkraum.wiki.WikiDraft;
import org.werkraum.wiki.WikiService;
import org.werkraum.wiki.WikiSummary;
import org.werkraum.wiki.WikiWatches;

/**
 * Wikis: {@code POST /api/wikis} a wiki of one's own, {@code GET /api/wikis?community=42} a community's (created with
 * its first use), {@code GET /api/wikis/7}, {@code PUT /api/wikis/7/people/anna.schmidt} {@code {"role":"EDITOR"}}
 * names someone in it (its owners; {@code NONE} takes him out), {@code POST /api/wikis/7/pages} a new page;
 * {@code GET …/wanted}, {@code …/orphaned}, {@code …/templates} and {@code …/trash} (its owners) list pages,
 * {@code PUT …/watch} {@code {"value":true}} watches it.
 */
@Path("wikis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WikisResource {

    @Inject
    WikiService wikis;

    @Inject
    PageTree tree;

    @Inject
    WikiWatches watches;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** What someone is named in a wiki. */
    public record RoleBody(WikiRole role) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(WikiDraft body) {
        if (body == null) {
            throw new BadRequestException("a wiki needs a body: name, description, openToAll");
        }
        WikiSummary wiki = wikis.create(currentUser.caller(), body);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(wiki.id()))
                        .build())
                .entity(wiki)
                .build();
    }

    /**
     * {@code ?community=42}: that community's wiki; otherwise the wikis of their own the caller reads, newest first,
     * whose names contain {@code name}, a page at a time.
     */
    @GET
    public Response wikis(
            @QueryParam("community") Long community,
            @QueryParam("name") String name,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (community != null) {
            return Response.ok(wikis.ofCommunity(currentUser.caller(), community))
                    .build();
        }
        return Response.ok(wikis.wikis(currentUser.caller(), name, new PageRequest(page, size)))
                .build();
    }

    @GET
    @Path("{id}")
    public WikiSummary wiki(@PathParam("id") long id) {
        return wikis.wiki(currentUser.caller(), id);
    }

    @PUT
    @Path("{id}/people/{login}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response name(@PathParam("id") long id, @PathParam("login") String login, RoleBody body) {
        if (body == null || body.role() == null) {
            throw new BadRequestException("say the role: READER, EDITOR, OWNER or NONE");
        }
        wikis.name(currentUser.caller(), id, login, body.role());
        return Response.noContent().build();
    }

    /** Titles linked to that no page has yet, the most linked first. */
    /** Every page of the wiki by title, whose titles contain {@code title}, a page at a time. */
    @GET
    @Path("{id}/pages")
    public Page<PageLink> pages(
            @PathParam("id") long id,
            @QueryParam("title") String title,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return wikis.index(currentUser.caller(), id, title, new PageRequest(page, size));
    }

    @GET
    @Path("{id}/wanted")
    public List<WantedPage> wanted(@PathParam("id") long id) {
        return wikis.wanted(currentUser.caller(), id);
    }

    /** Pages no other page links to. */
    @GET
    @Path("{id}/orphaned")
    public List<PageLink> orphaned(@PathParam("id") long id) {
        return wikis.orphaned(currentUser.caller(), id);
    }

    @GET
    @Path("{id}/templates")
    public List<PageLink> templates(@PathParam("id") long id) {
        return wikis.templates(currentUser.caller(), id);
    }

    /** The wiki's trash, for its owners. */
    @GET
    @Path("{id}/trash")
    public List<TrashedPage> trash(@PathParam("id") long id) {
        return tree.trashOf(currentUser.caller(), id);
    }

    @PUT
    @Path("{id}/watch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response watch(@PathParam("id") long id, WikiPagesResource.FlagBody body) {
        watches.watchWiki(currentUser.caller(), id, WikiPagesResource.flag(body));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/pages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPage(@PathParam("id") long id, PageDraft body) {
        if (body == null) {
            throw new BadRequestException("a page needs a body: title, markdown, parentId");
        }
        Saved page = wikis.createPage(currentUser.caller(), id, body);
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("wiki-pages")
                        .path(String.valueOf(page.pageId()))
                        .build())
                .entity(page)
                .build();
    }
}
