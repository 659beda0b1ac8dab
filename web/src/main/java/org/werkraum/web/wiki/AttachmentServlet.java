package org.werkraum.web.wiki;

import jakarta.inject.Inject;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.werkraum.shared.DomainException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Links;
import org.werkraum.wiki.AttachmentView;
import org.werkraum.wiki.Attachments;

/**
 * {@code GET /attachments/42} a file attached to a wiki page (its current version; {@code ?version=2} an older one),
 * for whoever reads the page: always as a download, never shown as a page of Werkraum, so that an uploaded HTML file
 * runs nothing here. {@code POST /attachments/pages/12} the upload form of a page (multipart, field {@code file}); it
 * goes back to the page, with {@code ?attached=42} or {@code ?attachmentError=} and the refusal's key. Its multipart
 * limit is the attachments' limit ({@link Attachments#maxBytes()}), set when the application starts; past it the
 * upload is refused with a message, not with the container's error.
 */
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/attachments";

    /** Where a page's upload form posts, below {@link #PATH}: {@code /attachments/pages/12}. */
    static final String UPLOADS = "/pages/";

    @Inject
    Attachments attachments;

    @Inject
    CurrentUser currentUser;

    @Inject
    Links links;

    /** Registers the servlet with the configured limit (an annotation could only name a constant). */
    @WebListener
    public static class Registration implements ServletContextListener {

        @Override
        public void contextInitialized(ServletContextEvent event) {
            ServletContext context = event.getServletContext();
            ServletRegistration.Dynamic servlet = context.addServlet("Attachments", AttachmentServlet.class);
            servlet.addMapping(PATH, PATH + "/*");
            long max = Attachments.maxBytes();
            // the file, and a little for the form around it; parts above a megabyte wait on disk, not in memory
            servlet.setMultipartConfig(new MultipartConfigElement("", max, max + 64 * 1024, 1024 * 1024));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        Integer version;
        try {
            String path = request.getPathInfo();
            id = Long.parseLong(path == null ? "" : path.substring(1));
            String asked = request.getParameter("version");
            version = asked == null ? null : Integer.valueOf(asked);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            attachments.download(currentUser.caller(), id, version, download -> {
                response.setContentType(download.contentType());
                response.setContentLengthLong(download.size());
                response.setHeader("Content-Disposition", Downloads.disposition(download.name()));
                response.setHeader("Content-Security-Policy", Downloads.CONTENT_SECURITY_POLICY);
                response.setHeader("Cache-Control", "private, no-cache");
                response.setHeader("ETag", "\"" + download.sha256() + "\"");
                return response.getOutputStream();
            });
        } catch (NotFoundException e) {
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        // the page from the path: asking for a parameter would read the multipart body before the limit is caught
        long page;
        try {
            String path = request.getPathInfo();
            page = Long.parseLong(path == null || !path.startsWith(UPLOADS) ? "" : path.substring(UPLOADS.length()));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String back = links.wikiPage(page);
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException overTheLimit) {
            // the container stops reading past the multipart limit: the same refusal as the service's
            response.sendRedirect(
                    back + "?attachmentError=" + Attachments.tooLarge().messageKey() + "#attachments");
            return;
        }
        if (file == null
                || file.getSubmittedFileName() == null
                || file.getSubmittedFileName().isBlank()) {
            response.sendRedirect(back + "?attachmentError=error.attachment.nameMissing#attachments");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            AttachmentView attached =
                    attachments.upload(currentUser.caller(), page, file.getSubmittedFileName(), content);
            response.sendRedirect(back + "?attached=" + attached.id() + "#attachments");
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (DomainException e) {
            response.sendRedirect(back + "?attachmentError=" + e.messageKey() + "#attachments");
        } finally {
            file.delete();
        }
    }
}
