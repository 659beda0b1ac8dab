package org.werkraum.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.wiki.AttachmentView;
import org.werkraum.wiki.Attachments;

/**
 * Files of wiki pages (a page's own are listed and uploaded at {@link WikiPagesResource}): {@code GET
 * /api/attachments/42} one file with its versions, {@code GET /api/attachments/42/content} its bytes ({@code ?version=2}
 * an older version's), {@code DELETE /api/attachments/42} takes it off its page.
 */
@Path("attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsResource {

    @Inject
    Attachments attachments;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("{id}")
    public AttachmentView attachment(@PathParam("id") long id) {
        return attachments.view(currentUser.caller(), id);
    }

    /** The bytes, streamed from the database chunk by chunk, always as a download. */
    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @QueryParam("version") Integer version) {
        AttachmentView file = attachments.view(currentUser.caller(), id);
        AttachmentView.Version asked = file.versions().stream()
                .filter(v -> version == null ? v.number() == file.version() : v.number() == version)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("version", version));
        StreamingOutput bytes = out -> attachments.download(currentUser.caller(), id, asked.number(), download -> out);
        return Response.ok(bytes, asked.contentType())
                .header("Content-Length", asked.size())
                .header("Content-Disposition", Downloads.disposition(file.name()))
                .header("Content-Security-Policy", Downloads.CONTENT_SECURITY_POLICY)
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        attachments.delete(currentUser.caller(), id);
        return Response.noContent().build();
    }
}
