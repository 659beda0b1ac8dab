package org.werkraum.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.werkraum.activity.Activities;
import org.werkraum.activity.ActivityKind;
import org.werkraum.markdown.WikiLinks;
import org.werkraum.notification.Notifications;
import org.werkraum.notification.SubjectType;
import org.werkraum.outbox.Outbox;
import org.werkraum.search.DocumentType;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.LikePattern;
import org.werkraum.shared.NativeValues;
import org.werkraum.shared.NotFoundException;

/**
 * The shape of a wiki: pages moved with everything below them, deleted into the wiki's trash with everything below
 * them, restored from it by the wiki's owners. Every change holds the wiki's lock ({@link WikiAccess#lock}), so that
 * two moves at once cannot make a cycle and a restored title cannot clash with one taken meanwhile.
 */
@ApplicationScoped
@Transactional
public class PageTree {

    /** Pages offered where one chooses a page by its title. */
    static final int SUGGESTED = 20;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    WikiAccess access;

    @Inject
    PageLinks links;

    @Inject
    Outbox outbox;

    @Inject
    Activities activities;

    @Inject
    Notifications notifications;

    /**
     * Moves a page, with the pages below it, under another page of its wiki, or to its top ({@code parentId} none).
     *
     * @throws ConflictException
     *             for a place below the page itself
     */
    public void move(Caller caller, long pageId, Long parentId) {
        WikiPage page = access.readablePage(caller, pageId);
        access.requireEditor(caller, page.wiki());
        long wikiId = page.wiki().id();
        access.lock(wikiId);
        em.refresh(page, LockModeType.PESSIMISTIC_WRITE);
        if (Objects.equals(parentId, page.parentId())) {
            return;
        }
        if (parentId != null) {
            WikiPage parent = em.find(WikiPage.class, parentId);
            if (parent == null || parent.isDeleted() || !parent.wiki().id().equals(wikiId)) {
                throw new NotFoundException("page", parentId);
            }
            if (parentId == pageId || pathUp(parentId).contains(pageId)) {
                throw new ConflictException(
                        "error.page.moveBelowItself", "a page cannot go below itself", page.title());
            }
        }
        page.movedBelow(parentId);
        em.flush();
    }

    /**
     * Moves a page below the page of its wiki that has this title (whatever the case), or to the wiki's top for none.
     *
     * @throws InvalidInputException
     *             when the wiki has no page of that title (a blank one included)
     */
    public void moveBelowTitled(Caller caller, long pageId, String parentTitle) {
        Long parentId = null;
        if (parentTitle != null) {
            WikiPage page = access.readablePage(caller, pageId);
            parentId = ids(em.createNativeQuery("select id from wiki_page where wiki_id = ?1"
                                    + " and lower(title) = lower(?2) and deleted_at is null")
                            .setParameter(1, page.wiki().id())
                            .setParameter(2, parentTitle.strip())
                            .getResultList())
                    .stream()
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "parentId", "error.page.noSuchParent", "the wiki has no page of this title", parentTitle));
        }
        move(caller, pageId, parentId);
    }

    /** The ids of a page's ancestors, the wiki's top last; the lock keeps the tree free of cycles. */
    private List<Long> pathUp(long pageId) {
        return ids(em.createNativeQuery("with recursive up(id, parent_id) as ("
                        + " select id, parent_id from wiki_page where id = ?1"
                        + " union all select p.id, p.parent_id from wiki_page p join up on p.id = up.parent_id)"
                        + " select id from up")
                .setParameter(1, pageId)
                .getResultList());
    }

    /**
     * Deletes a page and the pages below it into the wiki's trash. Their titles are free again; links to them show
     * them as missing; search no longer finds them.
     */
    public void trash(Caller caller, long pageId) {
        WikiPage page = access.readablePage(caller, pageId);
        access.requireEditor(caller, page.wiki());
        long wikiId = page.wiki().id();
        access.lock(wikiId);
        List<?> rows = em.createNativeQuery("with recursive down(id) as (select id from wiki_page where id = ?1"
                        + " union all select p.id from wiki_page p join down on p.parent_id = down.id"
                        + " where p.deleted_at is null)"
                        + " update wiki_page set deleted_at = now(), deleted_with = ?1, deleted_by = ?2"
                        + " where id in (select id from down) and deleted_at is null returning id, title")
                .setParameter(1, pageId)
                .setParameter(2, caller.personId())
                .getResultList();
        em.refresh(page);
        links.refreshLinksTo(wikiId, keys(rows));
        reindex(rows);
        rows.forEach(row -> {
            long trashed = ((Number) ((Object[]) row)[0]).longValue();
            activities.forget(ActivityKind.WIKI_EDIT, trashed);
            notifications.forget(SubjectType.PAGE, trashed);
        });
    }

    /**
     * Takes a page out of the trash with the pages that went with it; below its parent again, or at the wiki's top
     * when the parent is gone. Only the wiki's owners restore.
     *
     * @throws ConflictException
     *             when a page of the wiki took one of their titles meanwhile
     */
    public void restore(Caller caller, long pageId) {
        WikiPage page = em.find(WikiPage.class, pageId);
        if (page == null || !page.isDeleted() || !access.of(caller, page.wiki()).read()) {
            throw new NotFoundException("page", pageId);
        }
        requireOwner(caller, page.wiki());
        long wikiId = page.wiki().id();
        access.lock(wikiId);
        List<?> taken = em.createNativeQuery("select t.title from wiki_page t join wiki_page p"
                        + " on p.wiki_id = t.wiki_id and lower(p.title) = lower(t.title) and p.deleted_at is null"
                        + " where t.deleted_with = ?1 order by t.id")
                .setParameter(1, pageId)
                .getResultList();
        if (!taken.isEmpty()) {
            throw new ConflictException(
                    "error.page.restoreTitleTaken", "a page of the wiki has this title now", taken.get(0));
        }
        if (page.parentId() != null && em.find(WikiPage.class, page.parentId()).isDeleted()) {
            page.movedBelow(null);
            em.flush();
        }
        List<?> rows = em.createNativeQuery("update wiki_page set deleted_at = null, deleted_with = null,"
                        + " deleted_by = null where deleted_with = ?1 returning id, title")
                .setParameter(1, pageId)
                .getResultList();
        em.refresh(page);
        links.refreshLinksTo(wikiId, keys(rows));
        reindex(rows);
        rows.forEach(row -> activities.forget(ActivityKind.WIKI_EDIT, ((Number) ((Object[]) row)[0]).longValue()));
    }

    /** A wiki's trash, the latest deletion first; its owners see it. */
    public List<TrashedPage> trashOf(Caller caller, long wikiId) {
        requireOwner(caller, access.readable(caller, wikiId));
        List<?> rows = em.createNativeQuery("select t.id, t.title, t.deleted_at, d.login, d.display_name,"
                        + " (select count(*) from wiki_page w where w.deleted_with = t.id)"
                        + " from wiki_page t left join person d on d.id = t.deleted_by"
                        + " where t.wiki_id = ?1 and t.deleted_with = t.id order by t.deleted_at desc, t.id desc")
                .setParameter(1, wikiId)
                .setMaxResults(PageLinks.LISTED)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(c -> new TrashedPage(
                        ((Number) c[0]).longValue(),
                        (String) c[1],
                        NativeValues.instant(c[2]),
                        (String) c[3],
                        (String) c[4],
                        ((Number) c[5]).intValue()))
                .toList();
    }

    /** Pages of a wiki whose title starts with what was typed, for choosing one (where to move a page). */
    public List<PageLink> titled(Caller caller, long wikiId, String typed) {
        access.readable(caller, wikiId);
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return PageLinks.links(em.createNativeQuery("select id, title from wiki_page where wiki_id = ?1"
                        + " and deleted_at is null and lower(title) like ?2 order by lower(title), id")
                .setParameter(1, wikiId)
                .setParameter(2, LikePattern.startingWith(typed))
                .setMaxResults(SUGGESTED)
                .getResultList());
    }

    private void requireOwner(Caller caller, Wiki wiki) {
        if (!access.of(caller, wiki).manage()) {
            throw new AccessDeniedException("error.wiki.ownersOnly", "only its owners restore from a wiki's trash");
        }
    }

    /** The pages that went or came, and the files on them, in search. */
    private void reindex(List<?> rows) {
        List<Long> pages = rows.stream()
                .map(row -> ((Number) ((Object[]) row)[0]).longValue())
                .toList();
        pages.forEach(id -> outbox.changed(DocumentType.WIKI_PAGE, id));
        if (!pages.isEmpty()) {
            ids(em.createNativeQuery("select id from wiki_attachment where page_id in (?1) and deleted_at is null")
                            .setParameter(1, pages)
                            .getResultList())
                    .forEach(id -> outbox.changed(DocumentType.WIKI_ATTACHMENT, id));
        }
    }

    private static List<String> keys(List<?> rows) {
        return rows.stream()
                .map(row -> WikiLinks.key((String) ((Object[]) row)[1]))
                .toList();
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
