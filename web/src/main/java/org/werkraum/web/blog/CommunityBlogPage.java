package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.blog.CommunityBlog;
import org.werkraum.blog.PostLists;
import org.werkraum.blog.PostSummary;
import org.werkraum.shared.Page;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Paging;

/**
 * {@code /communities/42/blog}: a community's published posts, newest first, for whoever reads the community's
 * content; its members write there. A view without state.
 */
@Named
@RequestScoped
public class CommunityBlogPage {

    @Inject
    PostLists lists;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Integer page;
    private CommunityBlog blog;

    public void onLoad() {
        blog = lists.communityBlog(currentUser.caller(), id, Paging.request(page));
    }

    public CommunityBlog getBlog() {
        return blog;
    }

    public Page<PostSummary> getResult() {
        return blog == null ? null : blog.posts();
    }

    public List<PostSummary> getPosts() {
        return blog == null ? List.of() : blog.posts().items();
    }

    public long getPageCount() {
        return blog == null
                ? 1
                : Paging.pageCount(blog.posts().total(), blog.posts().size());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
