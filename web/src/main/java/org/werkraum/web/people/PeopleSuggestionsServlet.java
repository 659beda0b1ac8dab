package org.werkraum.web.people;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import org.werkraum.people.PeopleService;
import org.werkraum.web.shared.SuggestionServlet;

/**
 * {@code GET /suggest/people?query=…}: active people whose name or login contains the text, for the fields that
 * choose a person (inviting to a community). The login follows the name, since names repeat among 400,000 people; a
 * chosen person is sent as his login.
 */
@WebServlet("/suggest/people")
public class PeopleSuggestionsServlet extends SuggestionServlet {

    private static final long serialVersionUID = 1L;

    /** As many as fit the box without scrolling. */
    static final int SUGGESTIONS = 10;

    @Inject
    PeopleService people;

    @Override
    protected List<Suggestion> suggest(String text) {
        return people.named(text, SUGGESTIONS).stream()
                .map(person -> new Suggestion(person.nameAndLogin(), person.login()))
                .toList();
    }
}
