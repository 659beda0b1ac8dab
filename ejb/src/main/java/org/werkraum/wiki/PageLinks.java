package org.werkraum.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.werkraum.markdown.Markdown;
import org.werkraum.markdown.WikiLinks;
import org.werkraum.markdown.WikiTarget;
import org.werkraum.shared.Addresses;

/**
 * The links between the pages of a wiki: where a page's wiki links lead when it is rendered, the links of every
 * page's current revision (table {@code wiki_link}), and the pages they make: backlinks, wanted pages (linked, missing)
 * and orphaned pages (linked from nowhere). Callers hold the wiki's lock ({@link WikiAccess#lock}) while titles change,
 * so that a rendering never misses a page created at the same moment.
 */
@ApplicationScoped
class PageLinks {

    /** Backlinks, wanted and orphaned pages listed at most. */
    static final int LISTED = 500;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    WikiAccess access;

    /**
     * A page's text as HTML, its wiki links leading to the pages of that title now, or, for a title no page has, to the
     * form that creates it below this page (at the wiki's top for a page not yet saved).
     */
    String render(long wikiId, Long pageId, String markdown) {
        Map<String, Long> pages = pagesTitled(wikiId, WikiLinks.titles(markdown));
        return Markdown.toHtml(markdown, title -> {
            Long id = pages.get(WikiLinks.key(title));
            return id != null
                    ? new WikiTarget(Addresses.CONTEXT_ROOT + "/pages/" + id, true)
                    : new WikiTarget(
                            Addresses.CONTEXT_ROOT + "/wikis/" + wikiId + "/new?title="
                                    + URLEncoder.encode(title, StandardCharsets.UTF_8)
                                    + (pageId == null ? "" : "&parent=" + pageId),
                            false);
        });
    }

    private Map<String, Long> pagesTitled(long wikiId, List<String> titles) {
        Map<String, Long> pages = new HashMap<>();
        if (titles.isEmpty()) {
            return pages;
        }
        List<?> rows = em.createNativeQuery("select lower(title), id from wiki_page where wiki_id = ?1"
                        + " and lower(title) in (?2) and deleted_at is null")
                .setParameter(1, wikiId)
                .setParameter(2, titles.stream().map(WikiLinks::key).toList())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            pages.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return pages;
    }

    /** Keeps the links of a page's new current revision. */
    void record(long wikiId, long pageId, String markdown) {
        em.createNativeQuery("delete from wiki_link where page_id = ?1")
                .setParameter(1, pageId)
                .executeUpdate();
        em.createNativeQuery("update wiki_page set links_recorded = true where id = ?1 and not links_recorded")
                .setParameter(1, pageId)
                .executeUpdate();
        for (String title : WikiLinks.titles(markdown)) {
            em.createNativeQuery("insert into wiki_link (page_id, wiki_id, target, title) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, pageId)
                    .setParameter(2, wikiId)
                    .setParameter(3, WikiLinks.key(title))
                    .setParameter(4, title)
                    .executeUpdate();
        }
    }

    /**
     * Records the links of one page saved before links were recorded (V22 marks them) and renders its current revision
     * again, so that its wiki links lead somewhere; false when none waits. Holds the wiki's lock like every change of
     * titles and links.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean recordNextEarlierPage() {
        List<?> waiting = em.createNativeQuery(
                        "select id, wiki_id from wiki_page where not links_recorded order by id limit 1")
                .getResultList();
        if (waiting.isEmpty()) {
            return false;
        }
        Object[] candidate = (Object[]) waiting.get(0);
        long pageId = ((Number) candidate[0]).longValue();
        long wikiId = ((Number) candidate[1]).longValue();
        access.lock(wikiId);
        Object[] current = (Object[]) em.createNativeQuery("select p.links_recorded, r.id, r.markdown from wiki_page p"
                        + " left join page_revision r on r.page_id = p.id and r.number = p.revision"
                        + " where p.id = ?1 for update of p")
                .setParameter(1, pageId)
                .getSingleResult();
        if (Boolean.TRUE.equals(current[0])) {
            return true; // recorded meanwhile, by a save or another node
        }
        String markdown = current[2] == null ? "" : (String) current[2];
        record(wikiId, pageId, markdown);
        if (current[1] != null) {
            em.createNativeQuery("update page_revision set html = ?1 where id = ?2")
                    .setParameter(1, render(wikiId, pageId, markdown))
                    .setParameter(2, ((Number) current[1]).longValue())
                    .executeUpdate();
        }
        return true;
    }

    /** The pages whose current revision links to one of these titles (by key), with that revision's text. */
    List<Linking> linkingTo(long wikiId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("select distinct p.id, r.id as revision_id, r.markdown from wiki_link l"
                        + " join wiki_page p on p.id = l.page_id and p.deleted_at is null"
                        + " join page_revision r on r.page_id = p.id and r.number = p.revision"
                        + " where l.wiki_id = ?1 and l.target in (?2) order by p.id")
                .setParameter(1, wikiId)
                .setParameter(2, keys)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(c -> new Linking(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (String) c[2]))
                .toList();
    }

    /** A page linking to others, with its current revision. */
    record Linking(long pageId, long revisionId, String markdown) {}

    /**
     * Renders again the current revisions that link to pages of these titles (by key), after such a page came, went
     * or took the title: a link to a missing page then leads to the page, and the other way round.
     */
    void refreshLinksTo(long wikiId, Collection<String> keys) {
        for (Linking linking : linkingTo(wikiId, keys)) {
            em.createNativeQuery("update page_revision set html = ?1 where id = ?2")
                    .setParameter(1, render(wikiId, linking.pageId(), linking.markdown()))
                    .setParameter(2, linking.revisionId())
                    .executeUpdate();
        }
    }

    /** Titles linked to that no page has, the most linked first. */
    List<WantedPage> wanted(long wikiId) {
        List<?> rows = em.createNativeQuery("select min(l.title), count(*) from wiki_link l"
                        + " join wiki_page s on s.id = l.page_id and s.deleted_at is null"
                        + " where l.wiki_id = ?1 and not exists (select 1 from wiki_page p where p.wiki_id = ?1"
                        + " and lower(p.title) = l.target and p.deleted_at is null)"
                        + " group by l.target order by count(*) desc, l.target")
                .setParameter(1, wikiId)
                .setMaxResults(LISTED)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(c -> new WantedPage((String) c[0], ((Number) c[1]).intValue()))
                .toList();
    }

    /** Pages no other page links to (templates aside), by title. */
    List<PageLink> orphaned(long wikiId) {
        return links(em.createNativeQuery("select p.id, p.title from wiki_page p where p.wiki_id = ?1"
                        + " and p.deleted_at is null and not p.is_template and not exists (select 1 from wiki_link l"
                        + " join wiki_page s on s.id = l.page_id and s.deleted_at is null"
                        + " where l.wiki_id = ?1 and l.target = lower(p.title) and l.page_id <> p.id)"
                        + " order by lower(p.title), p.id")
                .setParameter(1, wikiId)
                .setMaxResults(LISTED)
                .getResultList());
    }

    static List<PageLink> links(List<?> rows) {
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(columns -> new PageLink(((Number) columns[0]).longValue(), (String) columns[1]))
                .toList();
    }
}
