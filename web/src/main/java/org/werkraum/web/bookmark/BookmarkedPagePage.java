package org.werkraum.web.bookmark;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.bookmark.BookmarkService;
import org.werkraum.bookmark.KeptPage;
import org.werkraum.web.security.CurrentUser;

/** {@code /bookmarks/pages/5}: a bookmarked page and who else keeps it, each a link to the person's profile. */
@Named
@RequestScoped
public class BookmarkedPagePage {

    @Inject
    BookmarkService bookmarks;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private KeptPage kept;

    public void onLoad() {
        kept = bookmarks.kept(currentUser.caller(), id);
    }

    public KeptPage getKept() {
        return kept;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
