package org.werkraum.web.blog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import org.werkraum.blog.PostLists;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.SuggestionServlet;

/**
 * {@code GET /suggest/tags?query=…}: the tags in use that start with the text, the most used first, for the tag box of
 * the post editor; only tags of posts the caller may read.
 */
@WebServlet("/suggest/tags")
public class TagSuggestionsServlet extends SuggestionServlet {

    private static final long serialVersionUID = 1L;

    static final int SUGGESTIONS = 10;

    @Inject
    PostLists lists;

    @Inject
    CurrentUser currentUser;

    @Override
    protected List<Suggestion> suggest(String text) {
        return lists.tagsStartingWith(currentUser.caller(), text, SUGGESTIONS).stream()
                .map(tag -> new Suggestion(tag, tag))
                .toList();
    }
}
