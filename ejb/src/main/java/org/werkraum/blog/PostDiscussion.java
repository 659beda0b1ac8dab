package org.werkraum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.werkraum.outbox.Outbox;
import org.werkraum.people.Person;
import org.werkraum.search.DocumentType;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.NativeValues;
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

    /** The post's likes and one page of its comments, oldest first, with their replies. */
    public Discussion discussion(Caller caller, long postId, PageRequest page) {
        return discussion(caller, blogs.readable(caller, postId), page);
    }

    /**
     * The same for a post the caller may read, looked up already in this transaction: the page of threads with their
     * replies and authors in one statement, the counts in one, the likes of the comments in one, the post's likes in
     * one.
     */
    Discussion discussion(Caller caller, BlogPost post, PageRequest page) {
        List<?> rows = em.createNativeQuery("with thread as (select id from post_comment"
                        + " where post_id = ?1 and parent_id is null order by created_at, id limit ?2 offset ?3)"
                        + " select c.id, c.parent_id, c.author_id, p.login, p.display_name, c.html, c.created_at,"
                        + " c.removed_at is not null from post_comment c join person p on p.id = c.author_id"
                        + " where c.id in (select id from thread)"
                        // the replies apart, so that each side uses its index (an "or" read every comment)
                        + " union all select c.id, c.parent_id, c.author_id, p.login, p.display_name, c.html,"
                        + " c.created_at, c.removed_at is not null from post_comment c"
                        + " join person p on p.id = c.author_id where c.parent_id in (select id from thread)"
                        + " order by 7, 1")
                .setParameter(1, post.id())
                .setParameter(2, page.size())
                .setParameter(3, page.offset())
                .getResultList();
        List<CommentRow> threads = new ArrayList<>();
        Map<Long, List<CommentRow>> replies = new HashMap<>();
        List<Long> all = new ArrayList<>();
        for (Object row : rows) {
            CommentRow comment = CommentRow.of((Object[]) row);
            all.add(comment.id());
            if (comment.parentId() == null) {
                threads.add(comment);
            } else {
                replies.computeIfAbsent(comment.parentId(), id -> new ArrayList<>())
                        .add(comment);
            }
        }
        // the threads, for the pages, and the comments not removed, for the heading, in one statement
        Object[] counts = (Object[]) em.createNativeQuery("select count(*) filter (where parent_id is null),"
                        + " count(*) filter (where removed_at is null) from post_comment where post_id = ?1")
                .setParameter(1, post.id())
                .getSingleResult();
        long total = ((Number) counts[0]).longValue();
        Likes commentLikes = commentLikes(caller, all);
        PostAccess.Subject postItem = access.of(caller, post);
        boolean moderatesPost = access.canEdit(caller, postItem);
        List<Discussion.Comment> thread = threads.stream()
                .map(c -> view(
                        caller,
                        c,
                        postItem,
                        moderatesPost,
                        commentLikes,
                        replies.getOrDefault(c.id(), List.of()).stream()
                                .map(r -> view(caller, r, postItem, moderatesPost, commentLikes, List.of()))
                                .toList()))
                .toList();
        PostLikes likes = postLikesAndLikers(caller, post.id());
        return new Discussion(
                post.id(),
                likes.likes(),
                likes.likers(),
                ((Number) counts[1]).longValue(),
                new Page<>(thread, page.page(), page.size(), total),
                post.status() == PostStatus.PUBLISHED);
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
            boolean removed) {

        static CommentRow of(Object[] columns) {
            return new CommentRow(
                    ((Number) columns[0]).longValue(),
                    columns[1] == null ? null : ((Number) columns[1]).longValue(),
                    ((Number) columns[2]).longValue(),
                    (String) columns[3],
                    (String) columns[4],
                    (String) columns[5],
                    NativeValues.instant(columns[6]),
                    (Boolean) columns[7]);
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
                    comment.isRemoved());
        }
    }

    /** A comment on a published post, or a reply to one of its comments. */
    public Discussion.Comment comment(Caller caller, long postId, @Valid CommentDraft draft) {
        BlogPost post = commentable(caller, postId);
        Long parentId = null;
        if (draft.parentId() != null) {
            PostComment parent = em.find(PostComment.class, draft.parentId());
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
        PostAccess.Subject postItem = access.of(caller, post);
        return view(
                caller,
                CommentRow.of(comment),
                postItem,
                access.canEdit(caller, postItem),
                new Likes(Map.of(), Set.of(), Map.of()),
                List.of());
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
    }

    public Discussion.Likes likePost(Caller caller, long postId, boolean like) {
        BlogPost post = blogs.readable(caller, postId);
        if (post.status() != PostStatus.PUBLISHED) {
            throw notPublished();
        }
        toggle("post_like", "post_id", postId, caller, like);
        return postLikes(caller, postId);
    }

    public Discussion.Likes likeComment(Caller caller, long commentId, boolean like) {
        PostComment comment = visibleComment(caller, commentId);
        if (like && comment.isRemoved()) {
            throw new ConflictException("error.comment.removed", "the comment was removed");
        }
        toggle("comment_like", "comment_id", commentId, caller, like);
        Likes likes = commentLikes(caller, List.of(commentId));
        return new Discussion.Likes(
                likes.counts().getOrDefault(commentId, 0L), likes.mine().contains(commentId));
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
            Likes likes,
            List<Discussion.Comment> replies) {
        return new Discussion.Comment(
                comment.id(),
                comment.parentId(),
                comment.authorLogin(),
                comment.authorName(),
                comment.html(),
                comment.createdAt(),
                comment.removed(),
                new Discussion.Likes(
                        likes.counts().getOrDefault(comment.id(), 0L),
                        likes.mine().contains(comment.id())),
                likes.likedBy().getOrDefault(comment.id(), List.of()),
                !comment.removed() && mayRemove(caller, comment.authorId(), postItem, moderatesPost),
                replies);
    }

    private boolean mayRemove(Caller caller, long authorId, PostAccess.Subject postItem, boolean moderatesPost) {
        return moderatesPost || access.canDelete(caller, postItem.ownedBy(authorId));
    }

    /** How many like the post and whether the caller does, in one statement. */
    private Discussion.Likes postLikes(Caller caller, long postId) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(bool_or(person_id = ?2), false)"
                        + " from post_like where post_id = ?1")
                .setParameter(1, postId)
                .setParameter(2, caller.personId())
                .getSingleResult();
        return new Discussion.Likes(((Number) row[0]).longValue(), (Boolean) row[1]);
    }

    /** Likes or stops liking: twice the same is once. */
    private void toggle(String table, String column, long id, Caller caller, boolean like) {
        String sql = like
                ? "insert into " + table + " (" + column + ", person_id) values (?1, ?2) on conflict do nothing"
                : "delete from " + table + " where " + column + " = ?1 and person_id = ?2";
        em.createNativeQuery(sql)
                .setParameter(1, id)
                .setParameter(2, caller.personId())
                .executeUpdate();
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

    /** The post's likes, whether the caller's is among them, and its newest likers by name, in one statement. */
    private PostLikes postLikesAndLikers(Caller caller, long postId) {
        List<?> rows = em.createNativeQuery(
                        "select count(*) over (), coalesce(bool_or(l.person_id = ?2) over (), false),"
                                + " p.login, p.display_name from post_like l join person p on p.id = l.person_id"
                                + " where l.post_id = ?1 order by l.created_at desc, p.id desc")
                .setParameter(1, postId)
                .setParameter(2, caller.personId())
                .setMaxResults(LIKERS_NAMED)
                .getResultList();
        if (rows.isEmpty()) {
            return new PostLikes(new Discussion.Likes(0, false), new Discussion.Likers(0, List.of()));
        }
        Object[] first = (Object[]) rows.get(0);
        long count = ((Number) first[0]).longValue();
        List<Discussion.Liker> newest = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            newest.add(new Discussion.Liker((String) columns[2], (String) columns[3]));
        }
        return new PostLikes(new Discussion.Likes(count, (Boolean) first[1]), new Discussion.Likers(count, newest));
    }

    private record PostLikes(Discussion.Likes likes, Discussion.Likers likers) {}

    /**
     * The likes of the comments on one page in one statement: how many each has, whether the caller's is among them,
     * and its newest likers by name.
     */
    private Likes commentLikes(Caller caller, Collection<Long> commentIds) {
        Map<Long, Long> counts = new HashMap<>();
        Set<Long> mine = new HashSet<>();
        Map<Long, List<Discussion.Liker>> likers = new HashMap<>();
        if (commentIds.isEmpty()) {
            return new Likes(counts, mine, likers);
        }
        List<?> rows = em.createNativeQuery("select comment_id, login, display_name, total, mine from ("
                        + " select l.comment_id, p.login, p.display_name,"
                        + " row_number() over (partition by l.comment_id order by l.created_at desc, p.id desc) as n,"
                        + " count(*) over (partition by l.comment_id) as total,"
                        + " bool_or(l.person_id = :me) over (partition by l.comment_id) as mine"
                        + " from comment_like l join person p on p.id = l.person_id where l.comment_id in (:ids)) x"
                        + " where n <= :named order by comment_id, n")
                .setParameter("ids", commentIds)
                .setParameter("me", caller.personId())
                .setParameter("named", COMMENT_LIKERS_NAMED)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long comment = ((Number) columns[0]).longValue();
            counts.put(comment, ((Number) columns[3]).longValue());
            if ((Boolean) columns[4]) {
                mine.add(comment);
            }
            likers.computeIfAbsent(comment, id -> new ArrayList<>())
                    .add(new Discussion.Liker((String) columns[1], (String) columns[2]));
        }
        return new Likes(counts, mine, likers);
    }

    /** The likes of the comments on one page: counts, the caller's, the newest likers. */
    private record Likes(Map<Long, Long> counts, Set<Long> mine, Map<Long, List<Discussion.Liker>> likedBy) {}

    private static ConflictException notPublished() {
        return new ConflictException("error.comment.notPublished", "only a published post is discussed");
    }
}
