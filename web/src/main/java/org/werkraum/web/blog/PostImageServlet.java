package org.werkraum.web.blog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.werkraum.blog.PostImages;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;

/**
 * {@code GET /images/42}: an image of a post, for whoever may read the post (before that, its uploader alone); any
 * other gets 404, whether the image exists or not. An image never changes, so a browser keeps it; privately, since it
 * is not for everyone.
 */
@WebServlet(PostImageServlet.PATH + "*")
public class PostImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATH = "/images/";

    @Inject
    PostImages images;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        long id;
        try {
            id = Long.parseLong(path == null ? "" : path.substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PostImages.Content image;
        try {
            image = images.content(currentUser.caller(), id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.mediaType());
        response.setContentLength(image.bytes().length);
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        // shown in a page, never as a document of its own
        response.setHeader("Content-Disposition", "inline");
        response.getOutputStream().write(image.bytes());
    }
}
