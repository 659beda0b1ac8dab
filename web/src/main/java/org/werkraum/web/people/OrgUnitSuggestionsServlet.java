package org.werkraum.web.people;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import org.werkraum.web.shared.SuggestionServlet;

/**
 * {@code GET /suggest/org-units?query=…}: the org units whose name contains the text, for the unit fields of the
 * pages; a chosen one is sent as its id.
 */
@WebServlet("/suggest/org-units")
public class OrgUnitSuggestionsServlet extends SuggestionServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OrgUnitChoices orgUnitChoices;

    @Override
    protected List<Suggestion> suggest(String text) {
        return orgUnitChoices.complete(text).stream()
                .map(unit -> new Suggestion(unit.name(), String.valueOf(unit.id())))
                .toList();
    }
}
