package org.werkraum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.werkraum.outbox.Outbox;
import org.werkraum.people.PeopleService;
import org.werkraum.people.Person;
import org.werkraum.people.PersonSummary;
import org.werkraum.search.DocumentType;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.ContentItem;
import org.werkraum.security.Standing;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.shared.Tags;

/**
 * Writing and reading blog posts. Every person writes in his own blog, which the first post creates. A draft is its
 * author's alone; a published post of a personal blog is for every employee.
 */
@ApplicationScoped
@Transactional
public class BlogService {

    public static final int TITLE_MAX = 200;

    /** About a hundred pages of text; a longer body is refused rather than cut. */
    public static final int BODY_MAX = 200_000;

    /** The published posts of one person's blog. */
    private static final String PUBLISHED_IN_BLOG_OF =
            "p.blog.kind = :personal and p.blog.owner.id = :owner and p.status = :published";

    /** The drafts list shows this many, newest first. */
    static final int DRAFTS_SHOWN = 100;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    PeopleService people;

    @Inject
    PostImages images;

    @Inject
    Outbox outbox;

    /** A new draft in the caller's own blog, or, for an executive, in the leadership blog. */
    public PostDetail write(Caller caller, @Valid PostDraft draft) {
        mayLead(caller, draft);
        Person author = person(caller);
        Blog blog = draft.leadershipBlog() ? leadershipBlog() : personalBlog(author);
        BlogPost post = new BlogPost(
                blog,
                author,
                draft.title().strip(),
                draft.markdown(),
                normalized(draft.tags()),
                draft.leadershipUpdate());
        em.persist(post);
        em.flush();
        images.attach(post, post.markdown());
        return detail(caller, post);
    }

    /**
     * New title, text and tags, from the version the author started from; a published post keeps the version it
     * replaces.
     */
    public PostDetail update(Caller caller, long postId, long expectedVersion, @Valid PostDraft draft) {
        BlogPost post = editable(caller, postId);
        if (post.version() != expectedVersion) {
            throw changedMeanwhile();
        }
        mayLead(caller, draft);
        post.leadershipUpdate(draft.leadershipUpdate());
        post.change(person(caller), draft.title().strip(), draft.markdown(), normalized(draft.tags()))
                .ifPresent(em::persist);
        flush();
        images.attach(post, post.markdown());
        announce(post, true);
        return detail(caller, post);
    }

    /** Publishes a draft now. */
    public PostDetail publish(Caller caller, long postId) {
        BlogPost post = editable(caller, postId);
        post.publish();
        flush();
        announce(post, false);
        return detail(caller, post);
    }

    /** Deletes a post: its author or a moderator may; it is gone for everyone, with its discussion. */
    public void delete(Caller caller, long postId) {
        BlogPost post = readable(caller, postId);
        if (!policy.canDelete(caller, contentItem(post), Standing.NONE)) {
            throw new AccessDeniedException("error.post.notYours", "only its author or a moderator deletes a post");
        }
        post.delete();
        flush();
        announce(post, true);
    }

    /** One post, if the caller may read it; otherwise it does not exist for him. */
    public PostDetail post(Caller caller, long postId) {
        return detail(caller, readable(caller, postId));
    }

    /**
     * A person's blog: its owner and its published posts, newest first. The blog of someone the caller may not see
     * (a deactivated person, for all but admins) does not exist for him, on the page as through the API.
     */
    public BlogHome blogOf(Caller caller, String login, PageRequest page) {
        PersonSummary owner = people.summary(caller, login);
        List<BlogPost> posts = em.createQuery(
                        "select p from BlogPost p join fetch p.author where " + PUBLISHED_IN_BLOG_OF
                                + " order by p.publishedAt desc, p.id desc",
                        BlogPost.class)
                .setParameter("personal", BlogKind.PERSONAL)
                .setParameter("owner", owner.id())
                .setParameter("published", PostStatus.PUBLISHED)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(p) from BlogPost p where " + PUBLISHED_IN_BLOG_OF, Long.class)
                .setParameter("personal", BlogKind.PERSONAL)
                .setParameter("owner", owner.id())
                .setParameter("published", PostStatus.PUBLISHED)
                .getSingleResult();
        return new BlogHome(
                owner, new Page<>(posts.stream().map(PostSummary::of).toList(), page.page(), page.size(), total));
    }

    /**
     * The leadership updates the caller has neither read nor put away, newest first: the top of his home page. His own
     * are not among them.
     */
    public List<PostSummary> unreadLeadershipUpdates(Caller caller, int max) {
        return em
                .createQuery(
                        "select p from BlogPost p join fetch p.author where p.leadershipUpdate = true"
                                + " and p.status = :published and p.author.id <> :me and not exists ("
                                + " select 1 from LeadershipReader r where r.postId = p.id and r.personId = :me)"
                                + " order by p.publishedAt desc, p.id desc",
                        BlogPost.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .setParameter("me", caller.personId())
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(PostSummary::of)
                .toList();
    }

    /** The published posts with a tag, newest first, from every blog the caller may read. */
    public Page<PostSummary> tagged(Caller caller, String tag, PageRequest page) {
        String normalized = Tags.normalize(tag);
        String condition = "p.status = :published and exists (select 1 from BlogPost t join t.tags g"
                + " where t = p and g = :tag)";
        List<BlogPost> posts = em.createQuery(
                        "select p from BlogPost p join fetch p.author where " + condition
                                + " order by p.publishedAt desc, p.id desc",
                        BlogPost.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .setParameter("tag", normalized)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(p) from BlogPost p where " + condition, Long.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .setParameter("tag", normalized)
                .getSingleResult();
        // every published post is for every employee today; community blogs will filter here by the policy
        return new Page<>(
                posts.stream()
                        .filter(post -> policy.canRead(caller, contentItem(post), Standing.NONE))
                        .map(PostSummary::of)
                        .toList(),
                page.page(),
                page.size(),
                total);
    }

    /** Every leadership update, from the leadership blog and executives' own blogs, newest first. */
    public Page<PostSummary> leadershipUpdates(Caller caller, PageRequest page) {
        List<BlogPost> posts = em.createQuery(
                        "select p from BlogPost p join fetch p.author where p.leadershipUpdate = true"
                                + " and p.status = :published order by p.publishedAt desc, p.id desc",
                        BlogPost.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery(
                        "select count(p) from BlogPost p where p.leadershipUpdate = true and p.status = :published",
                        Long.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .getSingleResult();
        return new Page<>(posts.stream().map(PostSummary::of).toList(), page.page(), page.size(), total);
    }

    /** Notes that the caller has read a leadership update: it leaves his home page, and counts for its author. */
    public void markRead(Caller caller, long postId) {
        BlogPost post = readable(caller, postId);
        if (post.isLeadershipUpdate() && post.status() == PostStatus.PUBLISHED) {
            em.createNativeQuery("insert into leadership_reader (post_id, person_id, read_at) values (?1, ?2, now())"
                            + " on conflict (post_id, person_id) do update"
                            + " set read_at = coalesce(leadership_reader.read_at, now())")
                    .setParameter(1, postId)
                    .setParameter(2, caller.personId())
                    .executeUpdate();
        }
    }

    /** Puts a leadership update away from the caller's home page without reading it. */
    public void dismiss(Caller caller, long postId) {
        BlogPost post = readable(caller, postId);
        if (!post.isLeadershipUpdate()) {
            throw new ConflictException("error.post.notLeadershipUpdate", "only leadership updates are dismissed");
        }
        em.createNativeQuery("insert into leadership_reader (post_id, person_id, dismissed_at) values (?1, ?2, now())"
                        + " on conflict (post_id, person_id) do update"
                        + " set dismissed_at = coalesce(leadership_reader.dismissed_at, now())")
                .setParameter(1, postId)
                .setParameter(2, caller.personId())
                .executeUpdate();
    }

    /** The caller's drafts, the last changed first. */
    public List<PostSummary> drafts(Caller caller) {
        return em
                .createQuery(
                        "select p from BlogPost p join fetch p.author where p.author.id = :me and p.status = :draft"
                                + " order by p.updatedAt desc, p.id desc",
                        BlogPost.class)
                .setParameter("me", caller.personId())
                .setParameter("draft", PostStatus.DRAFT)
                .setMaxResults(DRAFTS_SHOWN)
                .getResultList()
                .stream()
                .map(PostSummary::of)
                .toList();
    }

    /** What the policy decides over: a draft is its author's alone, a published post of a personal blog everyone's. */
    static ContentItem contentItem(BlogPost post) {
        return post.status() == PostStatus.PUBLISHED
                ? publishedItem(post)
                : ContentItem.privateItem(post.author().id());
    }

    /** The post as its readers had it while it was published. */
    static ContentItem publishedItem(BlogPost post) {
        return ContentItem.publicItem(post.author().id());
    }

    BlogPost readable(Caller caller, long postId) {
        BlogPost post = em.find(BlogPost.class, postId);
        if (post == null || post.isDeleted() || !policy.canRead(caller, contentItem(post), Standing.NONE)) {
            throw new NotFoundException("post", postId);
        }
        return post;
    }

    private BlogPost editable(Caller caller, long postId) {
        BlogPost post = readable(caller, postId);
        if (!policy.canEdit(caller, contentItem(post), Standing.NONE)) {
            throw new AccessDeniedException("error.post.notYours", "only its author changes a post");
        }
        return post;
    }

    private PostDetail detail(Caller caller, BlogPost post) {
        List<PostDetail.Revision> revisions = em
                .createQuery(
                        "select r from PostRevision r join fetch r.replacedBy where r.post = :post"
                                + " order by r.replacedAt desc, r.id desc",
                        PostRevision.class)
                .setParameter("post", post)
                .getResultList()
                .stream()
                .map(r -> new PostDetail.Revision(
                        r.replacedBy().login(), r.replacedBy().displayName(), r.replacedAt()))
                .toList();
        boolean author = post.author().id() == caller.personId();
        Long readers = author && post.isLeadershipUpdate()
                ? em.createQuery(
                                "select count(r) from LeadershipReader r where r.postId = :post and r.readAt is not null",
                                Long.class)
                        .setParameter("post", post.id())
                        .getSingleResult()
                : null;
        return new PostDetail(
                post.id(),
                post.title(),
                post.html(),
                post.markdown(),
                post.tags(),
                post.status(),
                post.author().login(),
                post.author().displayName(),
                post.createdAt(),
                post.publishedAt(),
                post.editedAt(),
                revisions,
                post.version(),
                policy.canEdit(caller, contentItem(post), Standing.NONE),
                post.blog().kind(),
                post.isLeadershipUpdate(),
                readers);
    }

    /** Only executives lead: in the leadership blog, and with leadership updates in their own. */
    private void mayLead(Caller caller, PostDraft draft) {
        if (draft.leadershipUpdate() && !policy.canLead(caller)) {
            throw new AccessDeniedException(
                    "error.post.executivesOnly", "only executives post leadership updates and in the leadership blog");
        }
    }

    private Blog leadershipBlog() {
        return em.createQuery("select b from Blog b where b.kind = :leadership", Blog.class)
                .setParameter("leadership", BlogKind.LEADERSHIP)
                .getSingleResult();
    }

    /** The owner's blog; his first post creates it, once, also when two of his posts are saved at the same moment. */
    private Blog personalBlog(Person owner) {
        em.createNativeQuery("insert into blog (kind, owner_id) values ('PERSONAL', ?1)"
                        + " on conflict (owner_id) where kind = 'PERSONAL' do nothing")
                .setParameter(1, owner.id())
                .executeUpdate();
        return em.createQuery("select b from Blog b where b.kind = :personal and b.owner = :owner", Blog.class)
                .setParameter("personal", BlogKind.PERSONAL)
                .setParameter("owner", owner)
                .getSingleResult();
    }

    /** Tells search that the post changed, and its comments too where they show what changed (its title, its state). */
    private void announce(BlogPost post, boolean withComments) {
        outbox.changed(DocumentType.POST, post.id());
        if (withComments) {
            em.createQuery("select c.id from PostComment c where c.post = :post", Long.class)
                    .setParameter("post", post)
                    .getResultStream()
                    .forEach(id -> outbox.changed(DocumentType.COMMENT, id));
        }
    }

    private Person person(Caller caller) {
        Person person = em.find(Person.class, caller.personId());
        if (person == null) {
            throw new NotFoundException("person", caller.personId());
        }
        return person;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        }
    }

    private static ConflictException changedMeanwhile() {
        return new ConflictException(
                "error.post.changedMeanwhile", "the post was changed meanwhile; reload it and edit again");
    }

    private static Set<String> normalized(Set<String> tags) {
        Set<String> normalized = new TreeSet<>();
        tags.forEach(tag -> normalized.add(Tags.normalize(tag)));
        return normalized;
    }
}
