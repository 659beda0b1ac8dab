package org.werkraum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.werkraum.activity.Activities;
import org.werkraum.activity.Activity;
import org.werkraum.activity.ActivityKind;
import org.werkraum.community.Community;
import org.werkraum.notification.Notice;
import org.werkraum.notification.NotificationKind;
import org.werkraum.notification.Notifications;
import org.werkraum.notification.SubjectType;
import org.werkraum.outbox.Outbox;
import org.werkraum.people.Person;
import org.werkraum.search.DocumentType;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;

/**
 * Comments, replies and likes under a post. Whoever may read a published post may comment on it and like it and its
 * comments; a comment is removed by its author, by the post's author, or by a moderator, and leaves a marker.
 */
@ApplicationScoped
@Transactional
public class PostDiscussion {

    /** A long answer, not a second post. */
    public static final int COMMENT_MAX = 20_000;

    /** "Who liked this" names this many, newest first; the count says the rest. */
    static final int LIKERS_NAMED = 50;

    /** Under a comment, "who liked this" names this many, newest first. */
    public static final int COMMENT_LIKERS_NAMED = 10;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    BlogService blogs;

    @Inject
    Outbox outbox;

    @Inject
    PostAccess access;

    @Inject
    Activities activities;

    @Inject
    Notifications notifications;

    /** The post's likes and one page of its comments, oldest first, with their replies. */
    public Discussion discussion(Caller caller, long postId, PageRequest page) {
        return discussion(caller, blogs.readable(caller, postId), page);
    }

    /**
     * The same for a post the caller may read, looked up already in this transaction, in one statement: the most read
     * page of all asks the database once for its discussion, and each further round trip cost about as much as the
     * work it fetched.
     */
    Discussion discussion(Caller caller, BlogPost post, PageRequest page) {
        Object[] row = (Object[]) em.createNativeQuery(DISCUSSION)
                .setParameter(1, post.id())
                .setParameter(2, page.size())
                .setParameter(3, page.offset())
                .setParameter(4, caller.personId())
                .setParameter(5, LIKERS_NAMED)
                .setParameter(6, COMMENT_LIKERS_NAMED)
                .getSingleResult();
        List<CommentRow> threads = new ArrayList<>();
        Map<Long, List<CommentRow>> replies = new HashMap<>();
        for (CommentRow comment : CommentRow.allOf((String) row[5])) {
            if (comment.parentId() == null) {
                threads.add(comment);
            } else {
                replies.computeIfAbsent(comment.parentId(), id -> new ArrayList<>())
                        .add(comment);
            }
        }
        PostAccess.Subject postItem = access.of(caller, post);
        boolean moderatesPost = access.canEdit(caller, postItem);
        List<Discussion.Comment> thread = threads.stream()
                .map(c -> view(
                        caller,
                        c,
                        postItem,
                        moderatesPost,
                        replies.getOrDefault(c.id(), List.of()).stream()
                                .map(r -> view(caller, r, postItem, moderatesPost, List.of()))
                                .toList()))
                .toList();
        long likes = ((Number) row[2]).longValue();
        return new Discussion(
                post.id(),
                new Discussion.Likes(likes, (Boolean) row[3]),
                new Discussion.Likers(likes, likersOf((String) row[4])),
                ((Number) row[1]).longValue(),
                new Page<>(thread, page.page(), page.size(), ((Number) row[0]).longValue()),
                post.status() == PostStatus.PUBLISHED);
    }

    /**
     * A post's discussion as one row: the threads (for the pages) and the comments not removed (for the heading), the
     * post's likes and whether the caller's is among them, its newest likers, and the page of threads with their
     * replies, each with its author, its likes, the caller's like and its newest likers. Lists come as JSON arrays of
     * arrays. The threads of the page and their replies are looked up apart, so that each side uses its index (an
     * "or" of both read every comment of the post).
     */
    private static final String DISCUSSION = """
            with thread as (select id from post_comment where post_id = ?1 and parent_id is null
                            order by created_at, id limit ?2 offset ?3),
            shown as (select * from post_comment where id in (select id from thread)
                      union all select * from post_comment where parent_id in (select id from thread))
            select counts.threads, counts.comments, likes.total, likes.mine, likers.list::text, page.list::text
            from (select count(*) filter (where parent_id is null) as threads,
                         count(*) filter (where removed_at is null) as comments
                  from post_comment where post_id = ?1) counts,
                 (select count(*) as total, coalesce(bool_or(person_id = ?4), false) as mine
                  from post_like where post_id = ?1) likes,
                 (select json_agg(json_build_array(p.login, p.display_name) order by l.created_at desc, p.id desc)
                         as list
                  from (select person_id, created_at from post_like where post_id = ?1
                        order by created_at desc, person_id desc limit ?5) l
                  join person p on p.id = l.person_id) likers,
                 (select json_agg(json_build_array(c.id, c.parent_id, c.author_id, a.login, a.display_name, c.html,
                                                   c.created_at, c.removed_at is not null, cl.total, cl.mine,
                                                   coalesce(named.list, '[]'))
                                  order by c.created_at, c.id) as list
                  from shown c
                  join person a on a.id = c.author_id
                  cross join lateral (select count(*) as total, coalesce(bool_or(person_id = ?4), false) as mine
                                      from comment_like where comment_id = c.id) cl
                  left join lateral (select json_agg(json_build_array(p.login, p.display_name)
                                                     order by l.created_at desc, p.id desc) as list
                                     from (select person_id, created_at from comment_like where comment_id = c.id
                                           order by created_at desc, person_id desc limit ?6) l
                                     join person p on p.id = l.person_id) named on true) page
            """;

    /** Made once: {@link Json#createReader} looks up the JSON provider anew on every call. */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    /** The likers of a JSON array of [login, name] arrays, newest first. */
    private static List<Discussion.Liker> likersOf(String json) {
        if (json == null) {
            return List.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return likersOf(reader.readArray());
        }
    }

    private static List<Discussion.Liker> likersOf(JsonArray likers) {
        return likers.getValuesAs(JsonArray.class).stream()
                .map(liker -> new Discussion.Liker(liker.getString(0), liker.getString(1)))
                .toList();
    }

    /** What a comment's place in a discussion shows, read without loading the comment and its author as entities. */
    private record CommentRow(
            long id,
            Long parentId,
            long authorId,
            String authorLogin,
            String authorName,
            String html,
            Instant createdAt,
            boolean removed,
            Discussion.Likes likes,
            List<Discussion.Liker> likedBy) {

        /** The comments of a JSON array as {@link #DISCUSSION} writes it, in its order. */
        static List<CommentRow> allOf(String json) {
            if (json == null) {
                return List.of();
            }
            try (JsonReader reader = JSON.createReader(new StringReader(json))) {
                return reader.readArray().getValuesAs(JsonArray.class).stream()
                        .map(CommentRow::of)
                        .toList();
            }
        }

        private static CommentRow of(JsonArray columns) {
            return new CommentRow(
                    columns.getJsonNumber(0).longValue(),
                    columns.isNull(1) ? null : columns.getJsonNumber(1).longValue(),
                    columns.getJsonNumber(2).longValue(),
                    columns.getString(3),
                    columns.getString(4),
                    columns.getString(5),
                    // PostgreSQL writes times in JSON as ISO 8601 with their offset
                    OffsetDateTime.parse(columns.getString(6)).toInstant(),
                    columns.getBoolean(7),
                    new Discussion.Likes(columns.getJsonNumber(8).longValue(), columns.getBoolean(9)),
                    likersOf(columns.getJsonArray(10)));
        }

        static CommentRow of(PostComment comment) {
            return new CommentRow(
                    comment.id(),
                    comment.parentId(),
                    comment.author().id(),
                    comment.author().login(),
                    comment.author().displayName(),
                    comment.html(),
                    comment.createdAt(),
                    comment.isRemoved(),
                    new Discussion.Likes(0, false),
                    List.of());
        }
    }

    /** A comment on a published post, or a reply to one of its comments. */
    public Discussion.Comment comment(Caller caller, long postId, @Valid CommentDraft draft) {
        BlogPost post = commentable(caller, postId);
        Long parentId = null;
        PostComment parent = null;
        if (draft.parentId() != null) {
            parent = em.find(PostComment.class, draft.parentId());
            if (parent == null || !parent.post().id().equals(post.id())) {
                throw new NotFoundException("comment", draft.parentId());
            }
            // one level: an answer to a reply answers the comment the reply answers
            parentId = parent.parentId() != null ? parent.parentId() : parent.id();
        }
        Person author = em.find(Person.class, caller.personId());
        PostComment comment =
                new PostComment(post, parentId, author, draft.markdown().strip());
        em.persist(comment);
        em.flush();
        outbox.changed(DocumentType.COMMENT, comment.id());
        Community community = post.blog().community();
        activities.record(new Activity(
                ActivityKind.POST_COMMENT,
                caller.personId(),
                comment.id(),
                post.id(),
                community == null ? null : community.id(),
                access.readers(post),
                post.title(),
                Activity.excerptOf(comment.markdown()),
                Set.of()));
        tell(post, parent, comment);
        PostAccess.Subject postItem = access.of(caller, post);
        return view(caller, CommentRow.of(comment), postItem, access.canEdit(caller, postItem), List.of());
    }

    /**
     * Those the comment mentions hear of it; then the author of the comment it answers, then the post's author, each
     * once and as what concerns him most.
     */
    private void tell(BlogPost post, PostComment answered, PostComment comment) {
        Community community = post.blog().community();
        Notice notice = new Notice(
                NotificationKind.MENTION,
                comment.author().id(),
                SubjectType.POST,
                post.id(),
                null,
                comment.id(),
                community == null ? null : community.id(),
                access.reader(post),
                post.title(),
                Activity.excerptOf(comment.markdown()));
        Set<Long> told = new HashSet<>(notifications.mentioned(notice, null, comment.markdown()));
        if (answered != null && !told.contains(answered.author().id())) {
            told.addAll(notifications.send(
                    new Notice(
                            NotificationKind.REPLY,
                            notice.actorId(),
                            SubjectType.POST_COMMENT,
                            answered.id(),
                            post.id(),
                            comment.id(),
                            notice.communityId(),
                            notice.readers(),
                            notice.title(),
                            notice.excerpt()),
                    List.of(answered.author().id())));
        }
        if (!told.contains(post.author().id())) {
            notifications.send(
                    notice.as(NotificationKind.COMMENT), List.of(post.author().id()));
        }
    }

    /** Removes a comment's text and keeps its place: its author, the post's author or a moderator may. */
    public void remove(Caller caller, long commentId) {
        PostComment comment = visibleComment(caller, commentId);
        PostAccess.Subject postItem = access.of(caller, comment.post());
        if (!mayRemove(caller, comment.author().id(), postItem, access.canEdit(caller, postItem))) {
            throw new AccessDeniedException(
                    "error.comment.notYours", "only its author, the post's author or a moderator removes a comment");
        }
        comment.remove(em.find(Person.class, caller.personId()));
        em.flush();
        outbox.changed(DocumentType.COMMENT, comment.id());
        activities.forget(ActivityKind.POST_COMMENT, comment.id());
        notifications.forgetComment(SubjectType.POST, comment.id());
    }

    public Discussion.Likes likePost(Caller caller, long postId, boolean like) {
        BlogPost post = blogs.readable(caller, postId);
        if (post.status() != PostStatus.PUBLISHED) {
            throw notPublished();
        }
        if (toggle("post_like", "post_id", postId, caller, like)) {
            Community community = post.blog().community();
            Notice liked = new Notice(
                    NotificationKind.LIKE,
                    caller.personId(),
                    SubjectType.POST,
                    post.id(),
                    null,
                    null,
                    community == null ? null : community.id(),
                    access.reader(post),
                    post.title(),
                    "");
            tellLiked(liked, like, post.author().id());
        }
        return likes("post_like", "post_id", postId, caller);
    }

    public Discussion.Likes likeComment(Caller caller, long commentId, boolean like) {
        PostComment comment = visibleComment(caller, commentId);
        if (like && comment.isRemoved()) {
            throw new ConflictException("error.comment.removed", "the comment was removed");
        }
        if (toggle("comment_like", "comment_id", commentId, caller, like)) {
            BlogPost post = comment.post();
            Community community = post.blog().community();
            Notice liked = new Notice(
                    NotificationKind.LIKE,
                    caller.personId(),
                    SubjectType.POST_COMMENT,
                    comment.id(),
                    post.id(),
                    comment.id(),
                    community == null ? null : community.id(),
                    access.reader(post),
                    post.title(),
                    Activity.excerptOf(comment.markdown()));
            tellLiked(liked, like, comment.author().id());
        }
        return likes("comment_like", "comment_id", commentId, caller);
    }

    /** The author hears of a like; a like taken back is taken back from his notifications too. */
    private void tellLiked(Notice liked, boolean like, long authorId) {
        if (like) {
            notifications.send(liked, List.of(authorId));
        } else {
            notifications.withdraw(NotificationKind.LIKE, liked.subjectType(), liked.subjectId(), liked.actorId());
        }
    }

    /** Who liked a post. */
    public Discussion.Likers postLikers(Caller caller, long postId) {
        blogs.readable(caller, postId);
        return likers("post_like", "post_id", postId);
    }

    /** Who liked a comment. */
    public Discussion.Likers commentLikers(Caller caller, long commentId) {
        visibleComment(caller, commentId);
        return likers("comment_like", "comment_id", commentId);
    }

    private BlogPost commentable(Caller caller, long postId) {
        BlogPost post = em.find(BlogPost.class, postId);
        if (post != null
                && post.isDeleted()
                && post.publishedAt() != null
                && access.canRead(caller, access.published(caller, post))) {
            // the caller could read it: say why the comment cannot be saved
            throw new ConflictException("error.comment.postDeleted", "the post was deleted meanwhile");
        }
        post = blogs.readable(caller, postId);
        if (post.status() != PostStatus.PUBLISHED) {
            throw notPublished();
        }
        return post;
    }

    private PostComment visibleComment(Caller caller, long commentId) {
        PostComment comment = em.find(PostComment.class, commentId);
        if (comment == null) {
            throw new NotFoundException("comment", commentId);
        }
        try {
            blogs.readable(caller, comment.post().id());
        } catch (NotFoundException e) {
            throw new NotFoundException("comment", commentId);
        }
        return comment;
    }

    private Discussion.Comment view(
            Caller caller,
            CommentRow comment,
            PostAccess.Subject postItem,
            boolean moderatesPost,
            List<Discussion.Comment> replies) {
        return new Discussion.Comment(
                comment.id(),
                comment.parentId(),
                comment.authorLogin(),
                comment.authorName(),
                comment.html(),
                comment.createdAt(),
                comment.removed(),
                comment.likes(),
                comment.likedBy(),
                !comment.removed() && mayRemove(caller, comment.authorId(), postItem, moderatesPost),
                replies);
    }

    private boolean mayRemove(Caller caller, long authorId, PostAccess.Subject postItem, boolean moderatesPost) {
        return moderatesPost || access.canDelete(caller, postItem.ownedBy(authorId));
    }

    /** How many like a post or a comment and whether the caller does, in one statement. */
    private Discussion.Likes likes(String table, String column, long id, Caller caller) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(bool_or(person_id = ?2), false)"
                        + " from " + table + " where " + column + " = ?1")
                .setParameter(1, id)
                .setParameter(2, caller.personId())
                .getSingleResult();
        return new Discussion.Likes(((Number) row[0]).longValue(), (Boolean) row[1]);
    }

    /** Likes or stops liking: twice the same is once; whether it changed anything. */
    private boolean toggle(String table, String column, long id, Caller caller, boolean like) {
        String sql = like
                ? "insert into " + table + " (" + column + ", person_id) values (?1, ?2) on conflict do nothing"
                : "delete from " + table + " where " + column + " = ?1 and person_id = ?2";
        return em.createNativeQuery(sql)
                        .setParameter(1, id)
                        .setParameter(2, caller.personId())
                        .executeUpdate()
                > 0;
    }

    private Discussion.Likers likers(String table, String column, long id) {
        long total = ((Number) em.createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                        .setParameter(1, id)
                        .getSingleResult())
                .longValue();
        return new Discussion.Likers(total, total == 0 ? List.of() : newestLikers(table, column, id));
    }

    private List<Discussion.Liker> newestLikers(String table, String column, long id) {
        List<?> rows = em.createNativeQuery("select p.login, p.display_name from " + table + " l"
                        + " join person p on p.id = l.person_id where l." + column + " = ?1"
                        + " order by l.created_at desc, p.id desc")
                .setParameter(1, id)
                .setMaxResults(LIKERS_NAMED)
                .getResultList();
        List<Discussion.Liker> newest = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            newest.add(new Discussion.Liker((String) columns[0], (String) columns[1]));
        }
        return newest;
    }

    private static ConflictException notPublished() {
        return new ConflictException("error.comment.notPublished", "only a published post is discussed");
    }
}
