package org.werkraum.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.werkraum.security.Caller;

/**
 * Who else has a page open in the editor right now. An open editor says so every {@link #HEARTBEAT_SECONDS} seconds
 * and hears who else did within {@link #PRESENT_SECONDS}; closing it, or saving, ends one's presence. Kept in the
 * database, so that people on different nodes see each other.
 */
@ApplicationScoped
@Transactional
public class EditorPresence {

    /** How often an open editor tells it is still open. */
    public static final int HEARTBEAT_SECONDS = 10;

    /** How long after its last word an editor still counts as open (a missed beat or two is no leave). */
    static final int PRESENT_SECONDS = 35;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    WikiAccess access;

    /** Someone who has the page open in the editor. */
    public record Editor(String login, String name) {}

    /**
     * Notes that the caller has the page open in the editor, and tells who else has, by name. Only its editors edit,
     * so only they are noted.
     */
    public List<Editor> editing(Caller caller, long pageId) {
        WikiPage page = access.readablePage(caller, pageId);
        access.requireEditor(caller, page.wiki());
        em.createNativeQuery("insert into page_presence (page_id, person_id) values (?1, ?2)"
                        + " on conflict (page_id, person_id) do update set seen_at = now()")
                .setParameter(1, pageId)
                .setParameter(2, caller.personId())
                .executeUpdate();
        em.createNativeQuery("delete from page_presence where page_id = ?1 and seen_at < now() - interval '1 hour'")
                .setParameter(1, pageId)
                .executeUpdate();
        List<?> rows = em.createNativeQuery("select p.login, p.display_name from page_presence e"
                        + " join person p on p.id = e.person_id where e.page_id = ?1 and e.person_id <> ?2"
                        + " and e.seen_at > now() - make_interval(secs => ?3) order by p.display_name, p.login")
                .setParameter(1, pageId)
                .setParameter(2, caller.personId())
                .setParameter(3, PRESENT_SECONDS)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(c -> new Editor((String) c[0], (String) c[1]))
                .toList();
    }

    /** The caller closed the editor (or saved): others no longer see him there. */
    public void left(Caller caller, long pageId) {
        em.createNativeQuery("delete from page_presence where page_id = ?1 and person_id = ?2")
                .setParameter(1, pageId)
                .setParameter(2, caller.personId())
                .executeUpdate();
    }
}
