package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.werkraum.blog.BlogDirectory;
import org.werkraum.blog.PostLists;
import org.werkraum.web.security.CurrentUser;

/**
 * {@code GET /api/blogs}: the blog directory, the most active blogs of the last 90 days and the newest, among those
 * the caller may read; a blog's posts are {@code GET /api/posts?author=login} or {@code ?community=42}.
 */
@Path("blogs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlogsResource {

    @Inject
    PostLists lists;

    @Inject
    CurrentUser currentUser;

    @GET
    public BlogDirectory directory() {
        return lists.directory(currentUser.caller());
    }
}
