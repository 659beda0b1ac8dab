package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.blog.BlogDirectory;
import org.werkraum.blog.PostLists;
import org.werkraum.web.security.CurrentUser;

/** {@code /blogs}: the blogs most written in lately and the newest blogs; a view without state. */
@Named
@RequestScoped
public class BlogDirectoryPage {

    @Inject
    PostLists lists;

    @Inject
    CurrentUser currentUser;

    private BlogDirectory directory;

    public void onLoad() {
        directory = lists.directory(currentUser.caller());
    }

    public BlogDirectory getDirectory() {
        return directory;
    }

    public int getActiveDays() {
        return PostLists.ACTIVE_DAYS;
    }
}
