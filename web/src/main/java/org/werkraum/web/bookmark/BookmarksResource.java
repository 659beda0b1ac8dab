package org.werkraum.web.bookmark;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.werkraum.bookmark.BookmarkDraft;
import org.werkraum.bookmark.BookmarkKeeper;
import org.werkraum.bookmark.BookmarkService;
import org.werkraum.bookmark.BookmarkView;
import org.werkraum.bookmark.ImportReport;
import org.werkraum.bookmark.PopularPage;
import org.werkraum.bookmark.TagCount;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.shared.TooLargeException;
import org.werkraum.web.security.CurrentUser;

/**
 * Bookmarks: {@code POST /api/bookmarks} keeps a page (again: changes the bookmark), {@code GET /api/bookmarks}
 * everyone's newest ({@code ?mine=true} the caller's own, {@code ?person=anna.schmidt} a person's, {@code ?tag=cloud}
 * a tag's, {@code ?community=42} a community's), {@code GET /api/bookmarks/popular?days=30}, {@code GET /api/bookmarks/tags} the tag cloud, {@code GET /api/bookmarks/pages/5/people} who keeps a page,
 * {@code GET|DELETE /api/bookmarks/12}; {@code POST /api/bookmarks/import} a browser's bookmark file as the body,
 * {@code GET /api/bookmarks/export} the caller's as one.
 */
@Path("bookmarks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BookmarksResource {

    /** Bookmark files larger than this are refused: 10 MB hold about 50,000 bookmarks. */
    static final int MAX_FILE_CHARS = 10 * 1024 * 1024;

    @Inject
    BookmarkService bookmarks;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response keep(BookmarkDraft body) {
        if (body == null) {
            throw new BadRequestException("a bookmark needs a body: url, title, description, tags, personal");
        }
        BookmarkView kept = bookmarks.keep(currentUser.caller(), body);
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(kept.id()))
                        .build())
                .entity(kept)
                .build();
    }

    @GET
    public Page<BookmarkView> list(
            @QueryParam("mine") boolean mine,
            @QueryParam("person") String person,
            @QueryParam("tag") String tag,
            @QueryParam("community") Long community,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest request = new PageRequest(page, size);
        if (mine) {
            return bookmarks.mine(currentUser.caller(), request);
        }
        if (community != null) {
            return bookmarks.inCommunity(currentUser.caller(), community, request);
        }
        if (person != null && !person.isBlank()) {
            return bookmarks.of(currentUser.caller(), person, request);
        }
        if (tag != null && !tag.isBlank()) {
            return bookmarks.tagged(currentUser.caller(), tag, request);
        }
        return bookmarks.newest(currentUser.caller(), request);
    }

    @GET
    @Path("popular")
    public List<PopularPage> popular(
            @QueryParam("days") @DefaultValue("30") int days, @QueryParam("size") @DefaultValue("20") int size) {
        return bookmarks.popular(currentUser.caller(), days, size);
    }

    /** The tag cloud: the tags on most bookmarks kept lately, alphabetically, each with its count and size. */
    @GET
    @Path("tags")
    public List<TagCount> tagCloud() {
        return bookmarks.tagCloud(currentUser.caller());
    }

    @GET
    @Path("pages/{pageId}/people")
    public List<BookmarkKeeper> keepers(@PathParam("pageId") long pageId) {
        return bookmarks.keepers(currentUser.caller(), pageId);
    }

    @GET
    @Path("{id}")
    public BookmarkView bookmark(@PathParam("id") long id) {
        return bookmarks.bookmark(currentUser.caller(), id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        bookmarks.delete(currentUser.caller(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public ImportReport importFile(String file) {
        if (file == null || file.isBlank()) {
            throw new BadRequestException("send a browser's bookmark file (HTML) as the body");
        }
        if (file.length() > MAX_FILE_CHARS) {
            throw new TooLargeException(
                    "file",
                    "error.bookmark.fileTooLarge",
                    "a bookmark file has at most 10 MB",
                    MAX_FILE_CHARS / (1024 * 1024));
        }
        return bookmarks.importFile(currentUser.caller(), file);
    }

    @GET
    @Path("export")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response export() {
        return Response.ok(bookmarks.export(currentUser.caller()))
                .header("Content-Disposition", "attachment; filename=\"bookmarks.html\"")
                .build();
    }
}
