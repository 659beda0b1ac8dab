package org.werkraum.web.people;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.werkraum.people.OrgUnitSummary;

/**
 * {@code GET /suggest/org-units?query=…}: the org units whose name contains the text, for the unit fields of the
 * pages (PrimeFaces' autoComplete with {@code completeEndpoint}, answered in its JSON form: {@code suggestions} of
 * {@code label} and {@code value}). A plain request of the signed-in page session, not a Faces post: the directory
 * pages keep no view state, and a suggestion needs no component tree.
 */
@WebServlet("/suggest/org-units")
public class OrgUnitSuggestionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Fewer letters match too much of 25,000 units to help. */
    static final int SHORTEST_QUERY = 2;

    @Inject
    OrgUnitChoices orgUnitChoices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getParameter("query");
        List<OrgUnitSummary> units = query == null || query.strip().length() < SHORTEST_QUERY
                ? List.of()
                : orgUnitChoices.complete(query.strip());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "private, max-age=60");
        try (JsonGenerator json = Json.createGenerator(response.getWriter())) {
            json.writeStartObject().writeStartArray("suggestions");
            for (OrgUnitSummary unit : units) {
                json.writeStartObject()
                        .write("label", unit.name())
                        .write("value", String.valueOf(unit.id()))
                        .writeEnd();
            }
            json.writeEnd().write("moreAvailable", false).writeEnd();
        }
    }
}
