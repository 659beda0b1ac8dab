package org.werkraum.web.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.werkraum.activity.ActivityStream;
import org.werkraum.activity.StreamFilter;
import org.werkraum.activity.StreamPage;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.web.security.CurrentUser;

/**
 * {@code GET /api/stream}: the caller's home stream, newest first ({@code ?type=posts|comments|wikis|bookmarks|ideas|
 * members}, {@code ?before=} the {@code older} of the page before, {@code ?size=} at most 100).
 */
@Path("stream")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StreamResource {

    @Inject
    ActivityStream stream;

    @Inject
    CurrentUser currentUser;

    @GET
    public StreamPage home(
            @QueryParam("type") String type,
            @QueryParam("before") String before,
            @QueryParam("size") @DefaultValue("20") int size) {
        return stream.home(currentUser.caller(), StreamFilter.kindsOf(type), olderThan(before), size);
    }

    /** The {@code before} of a page: a number, or a clear 400 (JAX-RS would answer a bad number with 404). */
    static Long olderThan(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(before.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "before", "error.stream.before", "before is the number an earlier page gave as older", before);
        }
    }
}
