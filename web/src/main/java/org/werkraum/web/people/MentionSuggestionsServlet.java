package org.werkraum.web.people;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import org.werkraum.people.PeopleService;
import org.werkraum.web.shared.SuggestionServlet;

/**
 * {@code GET /suggest/mentions?query=ann}: the people to offer while "@ann" is typed in a text (mentions.js): those
 * whose login, name or last name starts with it, the login beside the name; a chosen person is written as his login.
 */
@WebServlet("/suggest/mentions")
public class MentionSuggestionsServlet extends SuggestionServlet {

    private static final long serialVersionUID = 1L;

    /** As many as the list below the text shows without scrolling. */
    static final int SUGGESTIONS = 8;

    @Inject
    PeopleService people;

    @Override
    protected List<Suggestion> suggest(String text) {
        return people.mentionable(text, SUGGESTIONS).stream()
                .map(person -> new Suggestion(person.nameAndLogin(), person.login()))
                .toList();
    }
}
