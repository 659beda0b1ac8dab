package org.werkraum.web.wiki;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.werkraum.web.shared.Problem;
import org.werkraum.wiki.EditConflictException;

/**
 * A save that met edits of the same lines: 409 with everything to resolve it, so that the client loses nothing (RFC
 * 9457 allows a problem's own members beside the standard ones).
 */
@Provider
public class EditConflictMapper implements ExceptionMapper<EditConflictException> {

    /**
     * The problem of a conflicting save.
     *
     * @param yourText
     *            the text as it was sent
     * @param currentRevision
     *            the revision to name as the base of the resolved save
     * @param merged
     *            both texts, the conflicting blocks between git's markers
     */
    public record EditConflict(
            String type,
            String title,
            int status,
            String detail,
            String code,
            String yourTitle,
            String yourText,
            int currentRevision,
            String currentTitle,
            String currentText,
            String merged) {}

    @Override
    public Response toResponse(EditConflictException e) {
        Response.Status status = Response.Status.CONFLICT;
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new EditConflict(
                        "about:blank",
                        status.getReasonPhrase(),
                        status.getStatusCode(),
                        e.getMessage(),
                        e.messageKey(),
                        e.yourTitle(),
                        e.yourText(),
                        e.currentRevision(),
                        e.currentTitle(),
                        e.currentText(),
                        e.merged()))
                .build();
    }
}
