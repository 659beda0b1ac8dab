package org.werkraum.web.shared;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem body.
 *
 * @param code
 *            the message key of the domain error, stable for clients that translate on their own
 * @param errors
 *            one entry per bad field or row, when there are several
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** A bad field, or a bad row of an uploaded file ({@code line} set). */
    public record FieldError(String field, Long line, String message) {}

    public static Response response(Response.Status status, String detail, String code, List<FieldError> errors) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, code, errors);
    }

    public static Response response(int status, String title, String detail, String code, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, code, errors.isEmpty() ? null : errors))
                .build();
    }
}
