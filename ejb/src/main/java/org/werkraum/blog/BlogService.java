package org.werkraum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.werkraum.activity.Activities;
import org.werkraum.activity.Activity;
import org.werkraum.activity.ActivityKind;
import org.werkraum.community.Community;
import org.werkraum.community.Standings;
import org.werkraum.mail.LeadershipMails;
import org.werkraum.notification.Notice;
import org.werkraum.notification.NotificationKind;
import org.werkraum.notification.Notifications;
import org.werkraum.notification.SubjectType;
import org.werkraum.outbox.Outbox;
import org.werkraum.people.Person;
import org.werkraum.search.DocumentType;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.Standing;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Tags;

/**
 * Writing and reading blog posts. Every person writes in his own blog, which the first post creates; the members of a
 * community write in its blog, which its first post creates; executives write in the leadership blog. A draft is its
 * author's alone; a published post is read as its blog is: a personal or the leadership blog by every employee, a
 * community's blog by whoever reads the community's content.
 */
@ApplicationScoped
@Transactional
public class BlogService {

    public static final int TITLE_MAX = 200;

    /** About a hundred pages of text; a longer body is refused rather than cut. */
    public static final int BODY_MAX = 200_000;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    PostImages images;

    @Inject
    Outbox outbox;

    @Inject
    PostAccess access;

    @Inject
    Standings standings;

    @Inject
    Activities activities;

    @Inject
    Notifications notifications;

    @Inject
    LeadershipMails leadershipMails;

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
                Tags.normalizeAll(draft.tags()),
                draft.leadershipUpdate());
        em.persist(post);
        em.flush();
        images.attach(post, post.markdown());
        return detail(caller, post);
    }

    /**
     * A new draft in a community's blog: its members write there. A community the caller may not see does not exist
     * for him; leadership updates belong to the leadership blog and to executives' own blogs, not to a community's.
     */
    public PostDetail writeInCommunity(Caller caller, long communityId, @Valid PostDraft draft) {
        Community community = em.find(Community.class, communityId);
        Standing standing = community == null ? Standing.NONE : standings.of(caller.personId(), communityId);
        if (community == null || !policy.canSeeCommunity(caller, community.type(), standing)) {
            throw new NotFoundException("community", communityId);
        }
        mayContribute(caller, community, standing);
        if (draft.leadershipUpdate()) {
            throw leadershipInCommunity();
        }
        BlogPost post = new BlogPost(
                communityBlog(community),
                person(caller),
                draft.title().strip(),
                draft.markdown(),
                Tags.normalizeAll(draft.tags()),
                false);
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
        if (draft.leadershipUpdate() && post.blog().kind() == BlogKind.COMMUNITY) {
            throw leadershipInCommunity();
        }
        post.leadershipUpdate(draft.leadershipUpdate());
        String before = post.markdown();
        post.change(person(caller), draft.title().strip(), draft.markdown(), Tags.normalizeAll(draft.tags()))
                .ifPresent(em::persist);
        flush();
        images.attach(post, post.markdown());
        announce(post, true);
        if (post.status() == PostStatus.PUBLISHED) {
            tellMentioned(post, caller.personId(), before);
        }
        return detail(caller, post);
    }

    /** Publishes a draft now; in a community's blog only while its author is still a member. */
    public PostDetail publish(Caller caller, long postId) {
        BlogPost post = editable(caller, postId);
        Community community = post.blog().community();
        if (community != null) {
            mayContribute(caller, community, access.standing(caller, post.blog()));
        }
        post.publish();
        flush();
        announce(post, false);
        recordPublished(post);
        return detail(caller, post);
    }

    /**
     * Has the server publish a draft at a time to come (see {@link ScheduledPublishing}); until then it stays its
     * author's alone, and he may still change it, publish it at once or take it back into his drafts.
     */
    public PostDetail schedule(Caller caller, long postId, Instant at) {
        requireFuture(at);
        BlogPost post = editable(caller, postId);
        if (post.status() == PostStatus.PUBLISHED) {
            throw new ConflictException("error.post.alreadyPublished", "the post is published already");
        }
        Community community = post.blog().community();
        if (community != null) {
            mayContribute(caller, community, access.standing(caller, post.blog()));
        }
        post.schedule(at);
        flush();
        return detail(caller, post);
    }

    /** Takes a scheduled post back into its author's drafts. */
    public PostDetail unschedule(Caller caller, long postId) {
        BlogPost post = editable(caller, postId);
        post.unschedule();
        flush();
        return detail(caller, post);
    }

    /**
     * The rule for a time to publish at: one still to come. The editor asks before it saves anything, so that a
     * wrong time leaves the post as it was.
     */
    public static void requireFuture(Instant at) {
        if (at == null) {
            throw new InvalidInputException("publishAt", "error.post.scheduleMissing", "say when to publish the post");
        }
        if (!at.isAfter(Instant.now())) {
            throw new InvalidInputException(
                    "publishAt", "error.post.scheduleInPast", "the time to publish at has passed: " + at);
        }
    }

    /**
     * Publishes up to {@code max} scheduled posts whose time has come, as of that time, and returns how many. Every
     * node calls this; the rows are taken with {@code SKIP LOCKED}, so a post is published once, by one node. A post
     * whose author has left the community of its blog meanwhile goes back into his drafts instead.
     */
    public int publishDue(int max) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("select id from blog_post where status = 'SCHEDULED'"
                        + " and scheduled_at <= now() order by scheduled_at limit ?1 for update skip locked")
                .setParameter(1, max)
                .getResultList();
        for (Number id : due) {
            BlogPost post = em.find(BlogPost.class, id.longValue());
            Community community = post.blog().community();
            Person author = post.author();
            // published with its author's rights as they are now, not as they were when he scheduled it
            Caller asAuthor = new Caller(author.id(), author.login(), author.roles());
            if (community != null
                    && !policy.canContribute(asAuthor, community.type(), standings.of(author.id(), community.id()))) {
                post.unschedule();
                continue;
            }
            post.publish(post.scheduledAt());
            announce(post, false);
            recordPublished(post);
        }
        em.flush();
        return due.size();
    }

    /** Deletes a post: its author or a moderator may; it is gone for everyone, with its discussion. */
    public void delete(Caller caller, long postId) {
        BlogPost post = readable(caller, postId);
        if (!access.canDelete(caller, access.of(caller, post))) {
            throw new AccessDeniedException("error.post.notYours", "only its author or a moderator deletes a post");
        }
        post.delete();
        flush();
        announce(post, true);
        activities.forget(ActivityKind.POST, post.id());
        activities.forgetUnder(ActivityKind.POST_COMMENT, post.id());
        notifications.forget(SubjectType.POST, post.id());
    }

    /** One post, if the caller may read it; otherwise it does not exist for him. */
    public PostDetail post(Caller caller, long postId) {
        return detail(caller, readable(caller, postId));
    }

    /** Notes that the caller has read a leadership update: it leaves his home page, and counts for its author. */
    public void markRead(Caller caller, long postId) {
        markRead(caller, readable(caller, postId));
    }

    /** The same for a post the caller may read, looked up already in this transaction. */
    void markRead(Caller caller, BlogPost post) {
        long postId = post.id();
        // its author is not among its readers
        if (post.isLeadershipUpdate()
                && post.status() == PostStatus.PUBLISHED
                && post.author().id() != caller.personId()) {
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

    BlogPost readable(Caller caller, long postId) {
        // with its author, blog and tags in one statement, which the post's page shows all of
        BlogPost post = em
                .createQuery(
                        "select p from BlogPost p join fetch p.author join fetch p.blog left join fetch p.tags"
                                + " where p.id = :id",
                        BlogPost.class)
                .setParameter("id", postId)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        if (post == null || post.isDeleted() || !access.canRead(caller, post)) {
            throw new NotFoundException("post", postId);
        }
        return post;
    }

    private BlogPost editable(Caller caller, long postId) {
        BlogPost post = readable(caller, postId);
        if (!access.canEdit(caller, access.of(caller, post))) {
            throw new AccessDeniedException("error.post.notYours", "only its author changes a post");
        }
        return post;
    }

    PostDetail detail(Caller caller, BlogPost post) {
        // versions are kept only of edits after publishing, which mark the post as edited
        List<PostDetail.Revision> revisions = post.editedAt() == null
                ? List.of()
                : em
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
        Community community = post.blog().community();
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
                post.scheduledAt(),
                post.editedAt(),
                revisions,
                post.version(),
                access.canEdit(caller, access.of(caller, post)),
                post.blog().kind(),
                community == null ? null : community.id(),
                community == null ? null : community.name(),
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

    private void mayContribute(Caller caller, Community community, Standing standing) {
        if (!policy.canContribute(caller, community.type(), standing)) {
            throw new AccessDeniedException(
                    "error.post.membersOnly",
                    "only the members of " + community.name() + " write in its blog",
                    community.name());
        }
    }

    private static InvalidInputException leadershipInCommunity() {
        return new InvalidInputException(
                "leadershipUpdate",
                "error.post.leadershipInCommunity",
                "leadership updates go into the leadership blog or an executive's own blog, not a community's");
    }

    /** The community's blog; its first post creates it, once. */
    private Blog communityBlog(Community community) {
        em.createNativeQuery("insert into blog (kind, community_id) values ('COMMUNITY', ?1)"
                        + " on conflict (community_id) where kind = 'COMMUNITY' do nothing")
                .setParameter(1, community.id())
                .executeUpdate();
        return em.createQuery("select b from Blog b where b.kind = :community and b.community = :c", Blog.class)
                .setParameter("community", BlogKind.COMMUNITY)
                .setParameter("c", community)
                .getSingleResult();
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
    /** Followers of the author, of the community and of the tags hear of a post as it is published. */
    private void recordPublished(BlogPost post) {
        tellMentioned(post, post.author().id(), null);
        if (post.isLeadershipUpdate()) {
            leadershipMails.published(post.id());
        }
        Community community = post.blog().community();
        activities.record(new Activity(
                ActivityKind.POST,
                post.author().id(),
                post.id(),
                null,
                community == null ? null : community.id(),
                access.readers(post),
                post.title(),
                Activity.excerptOf(post.markdown()),
                post.tags()));
    }

    /** The people the published post mentions and did not mention before the change hear of it. */
    private void tellMentioned(BlogPost post, long actorId, String before) {
        Community community = post.blog().community();
        notifications.mentioned(
                new Notice(
                        NotificationKind.MENTION,
                        actorId,
                        SubjectType.POST,
                        post.id(),
                        null,
                        null,
                        community == null ? null : community.id(),
                        access.reader(post),
                        post.title(),
                        Activity.excerptOf(post.markdown())),
                before,
                post.markdown());
    }

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
}
