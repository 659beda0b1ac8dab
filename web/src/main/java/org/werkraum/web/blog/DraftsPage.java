package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.blog.PostLists;
import org.werkraum.blog.PostSummary;
import org.werkraum.web.security.CurrentUser;

/** {@code /posts/drafts}: the caller's unpublished posts, the last changed first; a view without state. */
@Named
@RequestScoped
public class DraftsPage {

    @Inject
    PostLists lists;

    @Inject
    CurrentUser currentUser;

    private List<PostSummary> drafts = List.of();

    public void onLoad() {
        drafts = lists.drafts(currentUser.caller());
    }

    public List<PostSummary> getDrafts() {
        return drafts;
    }
}
