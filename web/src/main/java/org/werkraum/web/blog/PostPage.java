package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.blog.BlogService;
import org.werkraum.blog.PostDetail;
import org.werkraum.web.security.CurrentUser;

/** {@code /posts/42}: one post, as its readers see it; a view without state. */
@Named
@RequestScoped
public class PostPage {

    @Inject
    BlogService blogs;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private PostDetail post;

    public void onLoad() {
        post = blogs.post(currentUser.caller(), id);
    }

    public PostDetail getPost() {
        return post;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
