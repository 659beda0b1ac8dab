package org.werkraum.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.werkraum.security.Caller;

/**
 * Who watches a page or a whole wiki. Whoever reads them may watch them; the notifications of changes come with the
 * notifications and read the watches kept here.
 */
@ApplicationScoped
@Transactional
public class WikiWatches {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    WikiAccess access;

    /** Starts or stops watching a whole wiki. */
    public void watchWiki(Caller caller, long wikiId, boolean watching) {
        access.readable(caller, wikiId);
        keep(caller.personId(), wikiId, null, watching);
    }

    /** Starts or stops watching one page. */
    public void watchPage(Caller caller, long pageId, boolean watching) {
        WikiPage page = access.readablePage(caller, pageId);
        keep(caller.personId(), page.wiki().id(), pageId, watching);
    }

    private void keep(long personId, long wikiId, Long pageId, boolean watching) {
        if (watching) {
            em.createNativeQuery("insert into wiki_watch (person_id, wiki_id, page_id) values (?1, ?2, ?3)"
                            + " on conflict do nothing")
                    .setParameter(1, personId)
                    .setParameter(2, wikiId)
                    .setParameter(3, pageId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("delete from wiki_watch where person_id = ?1 and wiki_id = ?2"
                            + " and coalesce(page_id, 0) = ?3")
                    .setParameter(1, personId)
                    .setParameter(2, wikiId)
                    .setParameter(3, pageId == null ? 0L : pageId)
                    .executeUpdate();
        }
    }

    /** Whether a person watches a page ({@code pageId}) or a whole wiki (none). */
    boolean watching(long personId, long wikiId, Long pageId) {
        return !em.createNativeQuery("select 1 from wiki_watch where person_id = ?1 and wiki_id = ?2"
                        + " and coalesce(page_id, 0) = ?3")
                .setParameter(1, personId)
                .setParameter(2, wikiId)
                .setParameter(3, pageId == null ? 0L : pageId)
                .getResultList()
                .isEmpty();
    }
}
