package org.werkraum.ideation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
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
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Tags;

/**
 * Ideas on a board: members post them, vote for them within their board's limit and comment on them; the
 * community's owners decide on them (under review, accepted, done, declined with a note) and mark duplicates, whose
 * votes move to the original.
 */
@ApplicationScoped
@Transactional
public class IdeaService {

    public static final int TITLE_MAX = 200;

    public static final int DESCRIPTION_MAX = 20_000;

    public static final int NOTE_MAX = 2_000;

    public static final int COMMENT_MAX = 20_000;

    /** An idea's page shows this many comments, the oldest first. */
    static final int COMMENTS_SHOWN = 500;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    BoardService boards;

    @Inject
    IdeaAccess access;

    @Inject
    Outbox outbox;

    @Inject
    Activities activities;

    @Inject
    Notifications notifications;

    @Inject
    AccessPolicy policy;

    /** A new idea on an open board, by one of the community's members. */
    public IdeaDetail post(Caller caller, long boardId, @Valid IdeaDraft draft) {
        BoardService.Seen seen = boards.readable(caller, boardId);
        requireMember(caller, seen.place());
        requireOpen(seen.board());
        Idea idea = new Idea(
                seen.board(),
                em.find(Person.class, caller.personId()),
                draft.title().strip(),
                draft.markdown(),
                Tags.normalizeAll(draft.tags()));
        em.persist(idea);
        em.flush();
        outbox.changed(DocumentType.IDEA, idea.id());
        record(ActivityKind.IDEA, caller, idea.id(), null, seen.place(), idea.title(), idea.markdown(), idea.tags());
        notifications.mentioned(notice(caller, idea, null, seen.place(), idea.markdown()), null, idea.markdown());
        return detail(caller, idea, seen.place());
    }

    /** One idea, if the caller may read its community's content; otherwise it does not exist for him. */
    public IdeaDetail idea(Caller caller, long ideaId) {
        Seen seen = readable(caller, ideaId);
        return detail(caller, seen.idea(), seen.place());
    }

    /**
     * The caller's vote for an open idea on an open board, within the board's limit of open votes; voting twice
     * changes nothing. Two votes of one person at the same moment are counted one after the other.
     */
    public VoteState vote(Caller caller, long ideaId) {
        Seen seen = votable(caller, ideaId);
        IdeaBoard board = seen.idea().board();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('idea-vote:' || ?1 || ':' || ?2))")
                .setParameter(1, board.id())
                .setParameter(2, caller.personId())
                .getSingleResult();
        if (boards.votedBy(caller, List.of(ideaId)).isEmpty()) {
            if (boards.votesLeft(caller, board) == 0) {
                throw new ConflictException(
                        "error.idea.noVotesLeft",
                        "all " + board.voteLimit() + " votes on this board are given; withdraw one first",
                        board.voteLimit());
            }
            em.createNativeQuery("insert into idea_vote (idea_id, person_id, board_id) values (?1, ?2, ?3)")
                    .setParameter(1, ideaId)
                    .setParameter(2, caller.personId())
                    .setParameter(3, board.id())
                    .executeUpdate();
            em.createNativeQuery("update idea set vote_count = vote_count + 1 where id = ?1")
                    .setParameter(1, ideaId)
                    .executeUpdate();
        }
        return voteState(caller, ideaId, board);
    }

    /** Takes the caller's vote back, while the idea and its board are open; without a vote, nothing changes. */
    public VoteState withdraw(Caller caller, long ideaId) {
        Seen seen = votable(caller, ideaId);
        int removed = em.createNativeQuery("delete from idea_vote where idea_id = ?1 and person_id = ?2")
                .setParameter(1, ideaId)
                .setParameter(2, caller.personId())
                .executeUpdate();
        if (removed > 0) {
            em.createNativeQuery("update idea set vote_count = vote_count - 1 where id = ?1")
                    .setParameter(1, ideaId)
                    .executeUpdate();
        }
        return voteState(caller, ideaId, seen.idea().board());
    }

    /**
     * An owner's decision: under review, accepted, done, declined (with a note why), or back to new. A duplicate is
     * marked with {@link #markDuplicate}, which needs the original.
     */
    public IdeaDetail changeStatus(Caller caller, long ideaId, @Valid StatusChange change) {
        Seen seen = manageable(caller, ideaId);
        if (change.status() == IdeaStatus.DUPLICATE) {
            throw new InvalidInputException(
                    "status", "error.idea.duplicateNeedsOriginal", "mark a duplicate with the idea it duplicates");
        }
        if (change.status() == IdeaStatus.DECLINED && change.note() == null) {
            throw new InvalidInputException("note", "error.idea.declineNeedsNote", "say why the idea is declined");
        }
        seen.idea().changeStatus(change.status(), change.note(), em.find(Person.class, caller.personId()));
        em.flush();
        outbox.changed(DocumentType.IDEA, ideaId);
        return detail(caller, seen.idea(), seen.place());
    }

    /**
     * Marks an idea as the same as another on its board: it closes, and its votes move to the original (a voter who
     * voted for both keeps one vote there, and has one more to give).
     */
    public IdeaDetail markDuplicate(Caller caller, long ideaId, long originalId, String note) {
        Seen seen = manageable(caller, ideaId);
        Idea idea = seen.idea();
        Idea original = em.find(Idea.class, originalId);
        if (original == null || !original.board().id().equals(idea.board().id())) {
            throw new InvalidInputException(
                    "originalId", "error.idea.originalNotOnBoard", "the original must be an idea on the same board");
        }
        if (original.id().equals(idea.id())) {
            throw new InvalidInputException(
                    "originalId", "error.idea.duplicateOfItself", "an idea is no duplicate of itself");
        }
        if (original.status() == IdeaStatus.DUPLICATE) {
            throw new InvalidInputException(
                    "originalId", "error.idea.originalIsDuplicate", "the original is itself a duplicate");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "error.idea.noteTooLong", "the note is too long");
        }
        em.createNativeQuery("insert into idea_vote (idea_id, person_id, board_id, created_at)"
                        + " select ?1, person_id, board_id, created_at from idea_vote where idea_id = ?2"
                        + " on conflict (idea_id, person_id) do nothing")
                .setParameter(1, originalId)
                .setParameter(2, ideaId)
                .executeUpdate();
        em.createNativeQuery("delete from idea_vote where idea_id = ?1")
                .setParameter(1, ideaId)
                .executeUpdate();
        em.createNativeQuery("update idea set vote_count = (select count(*) from idea_vote v where v.idea_id = idea.id)"
                        + " where id in (?1, ?2)")
                .setParameter(1, ideaId)
                .setParameter(2, originalId)
                .executeUpdate();
        idea.duplicateOf(original, cleanNote, em.find(Person.class, caller.personId()));
        em.flush();
        em.refresh(idea);
        outbox.changed(DocumentType.IDEA, ideaId);
        return detail(caller, idea, seen.place());
    }

    /** A comment on an idea, by one of the community's members. */
    public IdeaDetail.Comment comment(Caller caller, long ideaId, @Valid IdeaCommentDraft draft) {
        Seen seen = readable(caller, ideaId);
        requireMember(caller, seen.place());
        IdeaComment comment = new IdeaComment(
                seen.idea(),
                em.find(Person.class, caller.personId()),
                draft.markdown().strip());
        em.persist(comment);
        em.flush();
        record(
                ActivityKind.IDEA_COMMENT,
                caller,
                comment.id(),
                seen.idea().id(),
                seen.place(),
                seen.idea().title(),
                comment.markdown(),
                Set.of());
        Notice notice = notice(caller, seen.idea(), comment.id(), seen.place(), comment.markdown());
        Set<Long> told = notifications.mentioned(notice, null, comment.markdown());
        long author = seen.idea().author().id();
        if (!told.contains(author)) {
            notifications.send(notice.as(NotificationKind.COMMENT), List.of(author));
        }
        return view(caller, comment, seen.place());
    }

    /** Removes a comment's text and keeps its place: its author, the community's owners or a moderator may. */
    public void removeComment(Caller caller, long commentId) {
        IdeaComment comment = em.find(IdeaComment.class, commentId);
        if (comment == null) {
            throw new NotFoundException("comment", commentId);
        }
        Seen seen;
        try {
            seen = readable(caller, comment.idea().id());
        } catch (NotFoundException e) {
            throw new NotFoundException("comment", commentId);
        }
        if (!access.canRemove(caller, seen.place(), comment.author().id())) {
            throw new AccessDeniedException(
                    "error.comment.notYours", "only its author, the community's owners or a moderator remove it");
        }
        comment.remove(em.find(Person.class, caller.personId()));
        activities.forget(ActivityKind.IDEA_COMMENT, comment.id());
        notifications.forgetComment(SubjectType.IDEA, comment.id());
    }

    /** What the people an idea or a comment on it concerns hear of it (as a mention, to begin with). */
    private Notice notice(Caller caller, Idea idea, Long commentId, IdeaAccess.Place place, String markdown) {
        Community community = place.community();
        return new Notice(
                NotificationKind.MENTION,
                caller.personId(),
                SubjectType.IDEA,
                idea.id(),
                null,
                commentId,
                community.id(),
                policy.readersOfCommunity(community.id(), community.type())
                        .iterator()
                        .next(),
                idea.title(),
                Activity.excerptOf(markdown));
    }

    /** The community's followers, and the author's and the tags', hear of an idea or a comment on one. */
    private void record(
            ActivityKind kind,
            Caller caller,
            long subjectId,
            Long parentId,
            IdeaAccess.Place place,
            String title,
            String markdown,
            Set<String> tags) {
        Community community = place.community();
        activities.record(new Activity(
                kind,
                caller.personId(),
                subjectId,
                parentId,
                community.id(),
                policy.readersOfCommunity(community.id(), community.type()),
                title,
                Activity.excerptOf(markdown),
                tags));
    }

    private record Seen(Idea idea, IdeaAccess.Place place) {}

    private Seen readable(Caller caller, long ideaId) {
        Idea idea = em.find(Idea.class, ideaId);
        if (idea == null) {
            throw new NotFoundException("idea", ideaId);
        }
        try {
            return new Seen(idea, boards.readable(caller, idea.board().id()).place());
        } catch (NotFoundException e) {
            throw new NotFoundException("idea", ideaId);
        }
    }

    private Seen votable(Caller caller, long ideaId) {
        Seen seen = readable(caller, ideaId);
        requireMember(caller, seen.place());
        requireOpen(seen.idea().board());
        if (!seen.idea().status().isOpen()) {
            throw new ConflictException("error.idea.closed", "the idea is decided; its votes are given back");
        }
        return seen;
    }

    private Seen manageable(Caller caller, long ideaId) {
        Seen seen = readable(caller, ideaId);
        if (!access.canManage(caller, seen.place())) {
            throw new AccessDeniedException(
                    "error.idea.ownersOnly",
                    "only the owners of " + seen.place().community().name() + " decide on its ideas",
                    seen.place().community().name());
        }
        return seen;
    }

    private void requireMember(Caller caller, IdeaAccess.Place place) {
        if (!access.canContribute(caller, place)) {
            throw new AccessDeniedException(
                    "error.idea.membersOnly",
                    "only the members of " + place.community().name() + " post ideas, vote and comment there",
                    place.community().name());
        }
    }

    private static void requireOpen(IdeaBoard board) {
        if (!board.isOpen()) {
            throw new ConflictException("error.board.ended", "the board has ended: no more ideas or votes");
        }
    }

    private VoteState voteState(Caller caller, long ideaId, IdeaBoard board) {
        int count = em.createQuery("select i.voteCount from Idea i where i.id = :id", Integer.class)
                .setParameter("id", ideaId)
                .getSingleResult();
        return new VoteState(
                ideaId,
                count,
                !boards.votedBy(caller, List.of(ideaId)).isEmpty(),
                boards.votesLeft(caller, board),
                board.voteLimit());
    }

    private IdeaDetail detail(Caller caller, Idea idea, IdeaAccess.Place place) {
        IdeaBoard board = idea.board();
        boolean member = access.canContribute(caller, place);
        boolean voted = !boards.votedBy(caller, List.of(idea.id())).isEmpty();
        int votesLeft = boards.votesLeft(caller, board);
        List<IdeaDetail.Comment> comments = em
                .createQuery(
                        "select c from IdeaComment c join fetch c.author where c.idea = :idea"
                                + " order by c.createdAt, c.id",
                        IdeaComment.class)
                .setParameter("idea", idea)
                .setMaxResults(COMMENTS_SHOWN)
                .getResultList()
                .stream()
                .map(comment -> view(caller, comment, place))
                .toList();
        Idea original = idea.duplicateOf();
        Person decidedBy = idea.statusChangedBy();
        return new IdeaDetail(
                idea.id(),
                board.id(),
                board.question(),
                place.community().id(),
                place.community().name(),
                idea.title(),
                idea.html(),
                idea.markdown(),
                idea.tags(),
                idea.status(),
                idea.statusNote(),
                idea.statusChangedAt(),
                decidedBy == null ? null : decidedBy.displayName(),
                original == null ? null : original.id(),
                original == null ? null : original.title(),
                idea.author().login(),
                idea.author().displayName(),
                idea.createdAt(),
                idea.voteCount(),
                voted,
                votesLeft,
                board.voteLimit(),
                member && board.isOpen() && idea.status().isOpen() && (voted || votesLeft > 0),
                access.canManage(caller, place),
                member,
                comments,
                idea.version());
    }

    private IdeaDetail.Comment view(Caller caller, IdeaComment comment, IdeaAccess.Place place) {
        return new IdeaDetail.Comment(
                comment.id(),
                comment.author().login(),
                comment.author().displayName(),
                comment.html(),
                comment.createdAt(),
                comment.isRemoved(),
                !comment.isRemoved()
                        && access.canRemove(caller, place, comment.author().id()));
    }
}
