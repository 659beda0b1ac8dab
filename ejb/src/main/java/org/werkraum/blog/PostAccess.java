package org.werkraum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.werkraum.community.Community;
import org.werkraum.community.Standings;
import org.werkraum.people.Person;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.ContentItem;
import org.werkraum.security.Standing;

/**
 * What the policy decides over for a post and what hangs on it (its comments, its images): a draft is its author's
 * alone; a published post of a personal blog or of the leadership blog is every employee's; one of a community's blog
 * is the community's content, read by whoever reads the community's content, and the caller's standing in that
 * community goes with every question.
 */
@ApplicationScoped
class PostAccess {

    @Inject
    AccessPolicy policy;

    @Inject
    Standings standings;

    /** The post as the policy sees it, and where the caller stands in its community. */
    record Subject(ContentItem item, Standing standing) {

        /** The same place with another owner: a comment on the post. */
        Subject ownedBy(long ownerId) {
            return new Subject(
                    new ContentItem(item.visibility(), ownerId, item.communityId(), item.communityType()), standing);
        }
    }

    Subject of(Caller caller, BlogPost post) {
        return new Subject(item(post), standing(caller, post.blog()));
    }

    /** The post as its readers have it while it is published, whatever its state now. */
    Subject published(Caller caller, BlogPost post) {
        return new Subject(publishedItem(post), standing(caller, post.blog()));
    }

    boolean canRead(Caller caller, BlogPost post) {
        return canRead(caller, of(caller, post));
    }

    boolean canRead(Caller caller, Subject subject) {
        return policy.canRead(caller, subject.item(), subject.standing());
    }

    boolean canEdit(Caller caller, Subject subject) {
        return policy.canEdit(caller, subject.item(), subject.standing());
    }

    boolean canDelete(Caller caller, Subject subject) {
        return policy.canDelete(caller, subject.item(), subject.standing());
    }

    /** Where the caller stands in the community whose blog this is; {@link Standing#NONE} outside communities. */
    Standing standing(Caller caller, Blog blog) {
        Community community = blog.community();
        return community == null ? Standing.NONE : standings.of(caller.personId(), community.id());
    }

    /** Who may find the published post and its comments in search. */
    Set<String> readers(BlogPost post) {
        return policy.readersOf(publishedItem(post));
    }

    /** The one principal who may read the published post, for what tells of it (notifications). */
    String reader(BlogPost post) {
        return readers(post).iterator().next();
    }

    /**
     * What a search hit of a post or of a comment on it shows beside its title: who wrote it, and the community whose
     * blog it is in (its place).
     */
    static List<String> keywords(BlogPost post, Person author) {
        Community community = post.blog().community();
        return community == null ? List.of(author.displayName()) : List.of(author.displayName(), community.name());
    }

    /** The community a post belongs to, as search keeps it; null outside communities. */
    static String communityId(BlogPost post) {
        Community community = post.blog().community();
        return community == null ? null : String.valueOf(community.id());
    }

    static ContentItem item(BlogPost post) {
        return post.status() == PostStatus.PUBLISHED
                ? publishedItem(post)
                : ContentItem.privateItem(post.author().id());
    }

    static ContentItem publishedItem(BlogPost post) {
        Community community = post.blog().community();
        return community == null
                ? ContentItem.publicItem(post.author().id())
                : ContentItem.inCommunity(post.author().id(), community.id(), community.type());
    }
}
