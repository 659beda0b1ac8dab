package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.werkraum.blog.PostImages;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Links;

/**
 * {@code POST /api/images} with the image as the body (any content type: what it is, its bytes decide): 201 with the
 * address that a post's Markdown shows it by, {@code ![a description](address)}; 413 above 5 MB, 400 for what is not an
 * image.
 */
@Path("images")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImagesResource {

    @Inject
    PostImages images;

    @Inject
    CurrentUser currentUser;

    @Inject
    Links links;

    @Context
    UriInfo uriInfo;

    /** An uploaded image: where it is, and the Markdown that shows it. */
    public record ImageBody(long id, String mediaType, int sizeBytes, String url, String markdown) {}

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(InputStream body) {
        PostImages.Uploaded image = images.upload(currentUser.caller(), body);
        String url = links.image(image.id());
        return Response.created(uriInfo.getBaseUri().resolve(url))
                .entity(new ImageBody(image.id(), image.mediaType(), image.sizeBytes(), url, "![](" + url + ")"))
                .build();
    }
}
