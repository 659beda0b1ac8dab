package org.werkraum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.werkraum.security.Caller;
import org.werkraum.shared.PageRequest;

/**
 * A post's page in one transaction: the post, the note that the caller read it (for a leadership update) and its
 * discussion, with the post looked up once.
 */
@ApplicationScoped
@Transactional
public class PostReading {

    @Inject
    BlogService blogs;

    @Inject
    PostDiscussion discussions;

    /** What the post's page shows; a post the caller may not read does not exist for him. */
    public record PostPage(PostDetail post, Discussion discussion) {}

    /**
     * The post and a page of its discussion.
     *
     * @param read
     *            whether the caller opens it to read it (not on a post back of its page): a leadership update then
     *            leaves his home page and counts for its author
     */
    public PostPage read(Caller caller, long postId, PageRequest comments, boolean read) {
        BlogPost post = blogs.readable(caller, postId);
        if (read) {
            blogs.markRead(caller, post);
        }
        return new PostPage(blogs.detail(caller, post), discussions.discussion(caller, post, comments));
    }
}
