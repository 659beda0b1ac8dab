package org.werkraum.web.blog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.blog.PostLists;
import org.werkraum.blog.PostSummary;
import org.werkraum.shared.Page;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Paging;

/** {@code /tags/cloud}: the published posts with a tag, from all blogs, newest first; a view without state. */
@Named
@RequestScoped
public class TaggedPage {

    @Inject
    PostLists lists;

    @Inject
    CurrentUser currentUser;

    private String tag;
    private Integer page;
    private Page<PostSummary> result;

    public void onLoad() {
        result = lists.tagged(currentUser.caller(), tag, Paging.request(page));
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

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
