package org.werkraum.web.shared;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Suggestions while someone types into a field of a page: {@code GET …?query=…}, answered in the JSON form of
 * PrimeFaces' autoComplete with {@code completeEndpoint} ({@code suggestions} of {@code label} and {@code value}).
 * A plain request of the signed-in page session instead of a Faces post: no view state is restored and no component
 * tree built for a list of names, and pages without view state can suggest too.
 */
public abstract class SuggestionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Fewer letters match too much of a directory of 400,000 people or 25,000 units to help. */
    public static final int SHORTEST_QUERY = 2;

    /** One suggestion: what the field shows, and what the form sends when it is chosen. */
    public record Suggestion(String label, String value) {}

    /** The suggestions for text of at least {@link #SHORTEST_QUERY} letters, stripped. */
    protected abstract List<Suggestion> suggest(String text);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getParameter("query");
        List<Suggestion> suggestions =
                query == null || query.strip().length() < SHORTEST_QUERY ? List.of() : suggest(query.strip());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "private, max-age=60");
        try (JsonGenerator json = Json.createGenerator(response.getWriter())) {
            json.writeStartObject().writeStartArray("suggestions");
            for (Suggestion suggestion : suggestions) {
                json.writeStartObject()
                        .write("label", suggestion.label())
                        .write("value", suggestion.value())
                        .writeEnd();
            }
            json.writeEnd().write("moreAvailable", false).writeEnd();
        }
    }
}
