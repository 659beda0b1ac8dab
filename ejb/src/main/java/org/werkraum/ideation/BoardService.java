package org.werkraum.ideation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.werkraum.community.Community;
import org.werkraum.people.Person;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NativeValues;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;

/**
 * A community's boards: its own, which its first visit creates, and those its owners open with a question and an end
 * date; and a board's page with its ideas in the order asked for.
 */
@ApplicationScoped
@Transactional
public class BoardService {

    public static final int QUESTION_MAX = 300;

    public static final int VOTE_LIMIT_MAX = 100;

    /** Ideas in the order of their status: the undecided first, the closed last. */
    private static final String STATUS_ORDER = "case i.status when 'NEW' then 0 when 'UNDER_REVIEW' then 1"
            + " when 'ACCEPTED' then 2 when 'DONE' then 3 else 4 end";

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    IdeaAccess access;

    /** A board the caller may read, and his place in its community. */
    record Seen(IdeaBoard board, IdeaAccess.Place place) {}

    /** The community's boards, its own first; a community whose content the caller may not read does not exist. */
    public CommunityBoards boards(Caller caller, long communityId) {
        Community community = em.find(Community.class, communityId);
        IdeaAccess.Place place = community == null ? null : access.place(caller, community);
        if (place == null || !access.canRead(caller, place)) {
            throw new NotFoundException("community", communityId);
        }
        defaultBoard(community);
        List<IdeaBoard> boards = em.createQuery(
                        "select b from IdeaBoard b where b.community = :c"
                                + " order by b.isDefault desc, b.createdAt desc, b.id desc",
                        IdeaBoard.class)
                .setParameter("c", community)
                .getResultList();
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select i.board.id, count(i) from Idea i where i.board.community = :c and i.status <> :duplicate"
                                + " group by i.board.id",
                        Object[].class)
                .setParameter("c", community)
                .setParameter("duplicate", IdeaStatus.DUPLICATE)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return new CommunityBoards(
                communityId,
                community.name(),
                access.canManage(caller, place),
                access.canContribute(caller, place),
                boards.stream()
                        .map(board -> BoardSummary.of(board, counts.getOrDefault(board.id(), 0L)))
                        .toList());
    }

    /** A new board with a question, opened by one of the community's owners. */
    public BoardSummary open(Caller caller, long communityId, @Valid BoardDraft draft) {
        Community community = em.find(Community.class, communityId);
        IdeaAccess.Place place = community == null ? null : access.place(caller, community);
        if (place == null || !access.canRead(caller, place)) {
            throw new NotFoundException("community", communityId);
        }
        requireManager(caller, place);
        check(draft, false);
        IdeaBoard board = new IdeaBoard(
                community,
                em.find(Person.class, caller.personId()),
                draft.question(),
                draft.endsAt(),
                draft.voteLimit());
        em.persist(board);
        em.flush();
        return BoardSummary.of(board, 0);
    }

    /** A new question, end date or vote limit, from the version the owner started from. */
    public BoardSummary change(Caller caller, long boardId, long expectedVersion, @Valid BoardDraft draft) {
        Seen seen = readable(caller, boardId);
        requireManager(caller, seen.place());
        IdeaBoard board = seen.board();
        if (board.version() != expectedVersion) {
            throw changedMeanwhile();
        }
        check(draft, board.isDefault());
        board.change(draft.question(), draft.endsAt(), draft.voteLimit());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        }
        return BoardSummary.of(board, ideaCount(board));
    }

    /**
     * A board with a page of its ideas (duplicates left out: they point to their original), in one statement: each
     * idea with its author, tags, comment count and whether the caller voted for it, and the count of all.
     */
    public BoardView board(Caller caller, long boardId, IdeaSort sort, PageRequest page) {
        Seen seen = readable(caller, boardId);
        IdeaBoard board = seen.board();
        String order = switch (sort) {
            case VOTES -> "i.vote_count desc, i.created_at desc, i.id desc";
            case NEWEST -> "i.created_at desc, i.id desc";
            case STATUS -> STATUS_ORDER + ", i.vote_count desc, i.id desc";
        };
        List<?> rows = em.createNativeQuery("select i.id, i.title, i.status, i.vote_count, p.login, p.display_name,"
                        + " i.created_at, exists (select 1 from idea_vote v where v.idea_id = i.id and v.person_id = ?2),"
                        + " (select count(*) from idea_comment c where c.idea_id = i.id and c.removed_at is null),"
                        + " (select string_agg(t.tag, ' ' order by t.tag) from idea_tag t where t.idea_id = i.id),"
                        + " count(*) over () from idea i join person p on p.id = i.author_id"
                        + " where i.board_id = ?1 and i.status <> 'DUPLICATE' order by " + order
                        + " limit ?3 offset ?4")
                .setParameter(1, board.id())
                .setParameter(2, caller.personId())
                .setParameter(3, page.size())
                .setParameter(4, page.offset())
                .getResultList();
        long total = rows.isEmpty() ? ideaCount(board) : ((Number) ((Object[]) rows.get(0))[10]).longValue();
        List<IdeaSummary> summaries = rows.stream()
                .map(row -> (Object[]) row)
                .map(columns -> new IdeaSummary(
                        ((Number) columns[0]).longValue(),
                        (String) columns[1],
                        IdeaStatus.valueOf((String) columns[2]),
                        ((Number) columns[3]).intValue(),
                        (Boolean) columns[7],
                        (String) columns[4],
                        (String) columns[5],
                        NativeValues.instant(columns[6]),
                        columns[9] == null ? Set.of() : Set.of(((String) columns[9]).split(" ")),
                        ((Number) columns[8]).longValue()))
                .toList();
        return new BoardView(
                BoardSummary.of(board, total),
                board.isOpen() && access.canContribute(caller, seen.place()),
                access.canManage(caller, seen.place()),
                votesLeft(caller, board),
                sort,
                new Page<>(summaries, page.page(), page.size(), total));
    }

    /** A board's newest ideas, for its Atom feed (duplicates left out). */
    public IdeaFeed feed(Caller caller, long boardId, int max) {
        IdeaBoard board = readable(caller, boardId).board();
        List<IdeaFeed.Entry> entries = em
                .createQuery(
                        "select i from Idea i join fetch i.author where i.board = :board and i.status <> :duplicate"
                                + " order by i.createdAt desc, i.id desc",
                        Idea.class)
                .setParameter("board", board)
                .setParameter("duplicate", IdeaStatus.DUPLICATE)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(idea -> new IdeaFeed.Entry(
                        idea.id(),
                        idea.title(),
                        idea.html(),
                        idea.tags(),
                        idea.status(),
                        idea.author().login(),
                        idea.author().displayName(),
                        idea.createdAt(),
                        idea.statusChangedAt() != null ? idea.statusChangedAt() : idea.createdAt()))
                .toList();
        return new IdeaFeed(BoardSummary.of(board, ideaCount(board)), entries);
    }

    /** The board, if the caller may read its community's content; otherwise it does not exist for him. */
    Seen readable(Caller caller, long boardId) {
        IdeaBoard board = em.find(IdeaBoard.class, boardId);
        IdeaAccess.Place place = board == null ? null : access.place(caller, board.community());
        if (place == null || !access.canRead(caller, place)) {
            throw new NotFoundException("board", boardId);
        }
        return new Seen(board, place);
    }

    /** How many more ideas the caller may vote for on the board: his votes on open ideas count. */
    int votesLeft(Caller caller, IdeaBoard board) {
        long open = em.createQuery(
                        "select count(v) from IdeaVote v where v.personId = :me and v.boardId = :board"
                                + " and v.idea.status in :open",
                        Long.class)
                .setParameter("me", caller.personId())
                .setParameter("board", board.id())
                .setParameter("open", List.of(IdeaStatus.NEW, IdeaStatus.UNDER_REVIEW, IdeaStatus.ACCEPTED))
                .getSingleResult();
        return (int) Math.max(0, board.voteLimit() - open);
    }

    Set<Long> votedBy(Caller caller, List<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "select v.idea.id from IdeaVote v where v.personId = :me and v.idea.id in :ids", Long.class)
                .setParameter("me", caller.personId())
                .setParameter("ids", ideaIds)
                .getResultList());
    }

    private long ideaCount(IdeaBoard board) {
        return em.createQuery(
                        "select count(i) from Idea i where i.board = :board and i.status <> :duplicate", Long.class)
                .setParameter("board", board)
                .setParameter("duplicate", IdeaStatus.DUPLICATE)
                .getSingleResult();
    }

    /** The community's own board; its first use creates it, once. */
    private void defaultBoard(Community community) {
        em.createNativeQuery("insert into idea_board (community_id, is_default) values (?1, true)"
                        + " on conflict (community_id) where is_default do nothing")
                .setParameter(1, community.id())
                .executeUpdate();
    }

    private void requireManager(Caller caller, IdeaAccess.Place place) {
        if (!access.canManage(caller, place)) {
            throw new AccessDeniedException(
                    "error.board.ownersOnly",
                    "only the owners of " + place.community().name() + " run its boards",
                    place.community().name());
        }
    }

    private static void check(BoardDraft draft, boolean isDefault) {
        if (!isDefault && (draft.question() == null || draft.question().isEmpty())) {
            throw new InvalidInputException("question", "error.board.questionMissing", "a board asks a question");
        }
        if (draft.endsAt() != null && !draft.endsAt().isAfter(Instant.now())) {
            throw new InvalidInputException(
                    "endsAt", "error.board.endInPast", "the end date has passed: " + draft.endsAt());
        }
    }

    private static ConflictException changedMeanwhile() {
        return new ConflictException(
                "error.board.changedMeanwhile", "the board was changed meanwhile; reload it and change it again");
    }
}
