package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.blog.BlogHome;
import org.werkraum.blog.PostLists;
import org.werkraum.blog.PostSummary;
import org.werkraum.people.PersonSummary;
import org.werkraum.shared.Page;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Paging;

/** {@code /people/anna.schmidt/blog}: a person's published posts, newest first; a view without state. */
@Named
@RequestScoped
public class BlogPage {

    @Inject
    PostLists lists;

    @Inject
    CurrentUser currentUser;

    private String login;
    private Integer page;
    private PersonSummary owner;
    private Page<PostSummary> result;

    public void onLoad() {
        BlogHome blog = lists.blogOf(currentUser.caller(), login, Paging.request(page));
        owner = blog.owner();
        result = blog.posts();
    }

    public PersonSummary getOwner() {
        return owner;
    }

    /** Whether this is the caller's own blog, where he writes. */
    public boolean isOwn() {
        return owner != null && owner.login().equals(currentUser.caller().login());
    }

    public Page<PostSummary> getResult() {
        return result;
    }

    public List<PostSummary> getPosts() {
        return result == null ? List.of() : result.items();
    }

    public long getPageCount() {
        return result == null ? 1 : Paging.pageCount(result.total(), result.size());
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
