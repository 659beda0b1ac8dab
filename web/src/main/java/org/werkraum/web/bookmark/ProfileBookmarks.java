package org.werkraum.web.bookmark;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.werkraum.bookmark.BookmarkService;
import org.werkraum.bookmark.BookmarkView;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;

/** A person's newest bookmarks the reader may see, for the person's profile. */
@Named
@RequestScoped
public class ProfileBookmarks {

    static final int SHOWN = 5;

    @Inject
    BookmarkService bookmarks;

    @Inject
    CurrentUser currentUser;

    private final Map<String, List<BookmarkView>> read = new HashMap<>();

    public List<BookmarkView> of(String login) {
        return read.computeIfAbsent(
                login,
                l -> bookmarks
                        .of(currentUser.caller(), l, PageRequest.first(SHOWN))
                        .items());
    }
}
