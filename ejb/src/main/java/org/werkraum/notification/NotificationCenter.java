package org.werkraum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.werkraum.blog.PostLists;
import org.werkraum.blog.PostSummary;
import org.werkraum.searching.ReaderPrincipals;
import org.werkraum.security.Caller;
import org.werkraum.shared.NativeValues;

/**
 * The signed-in person's notifications: how many he has not seen (the bell) and the newest, grouped. Only what he may
 * still read is counted or shown: someone who left a restricted community stops hearing of it, counts included. The
 * leadership updates he has not read are among them, read from the updates.
 */
@ApplicationScoped
@Transactional
public class NotificationCenter {

    /** The list shows this many lines. */
    public static final int SHOWN = 50;

    /** The bell counts to this many and then says "more". */
    public static final int COUNTED_AT_MOST = 99;

    /** Groups are formed over a person's newest this many notifications: a year of likes is not one line. */
    static final int GROUPED_OVER = 1_000;

    private static final String UNREAD_GROUPS = "select count(*) from (select distinct kind, subject_type, subject_id"
            + " from notification where recipient_id = ?1 and read_at is null and readers = any(?2)"
            + " limit ?3) unread";

    private static final String NEWEST_GROUPS = "with mine as (select id, kind, subject_type, subject_id, actor_id,"
            + " read_at is null as unread from notification where recipient_id = ?1 and readers = any(?2)"
            + " order by id desc limit ?3),"
            + " grouped as (select kind, subject_type, subject_id, unread, max(id) as newest,"
            + " count(distinct actor_id) as actors from mine group by kind, subject_type, subject_id, unread"
            + " order by newest desc limit ?4)"
            + " select g.kind, g.subject_type, g.subject_id, n.parent_id, n.anchor_id, p.login, p.display_name,"
            + " g.actors, n.community_id, c.name, n.title, n.excerpt, g.unread, n.created_at"
            + " from grouped g join notification n on n.id = g.newest join person p on p.id = n.actor_id"
            + " left join community c on c.id = n.community_id order by g.newest desc";

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    ReaderPrincipals readers;

    @Inject
    PostLists posts;

    /** How many lines of the list are unread, at most {@link #COUNTED_AT_MOST} and one ("99+"). */
    public int unread(Caller caller) {
        // asked on every page: one plan for every reader (the statements walk their indexes whatever the values;
        // planning them anew took longer than running them: 1.07 ms against 0.06 ms for the updates)
        em.createNativeQuery("set local plan_cache_mode = force_generic_plan").executeUpdate();
        int updates = posts.unreadLeadershipCount(caller, COUNTED_AT_MOST + 1);
        boolean any = !em.createNativeQuery("select 1 from notification where recipient_id = ?1 and read_at is null")
                .setParameter(1, caller.personId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (!any) {
            return updates;
        }
        long groups = ((Number) em.createNativeQuery(UNREAD_GROUPS)
                        .setParameter(1, caller.personId())
                        .setParameter(2, readers.of(caller).toArray(String[]::new))
                        .setParameter(3, COUNTED_AT_MOST + 1)
                        .getSingleResult())
                .longValue();
        return (int) Math.min(COUNTED_AT_MOST + 1L, updates + groups);
    }

    /** The newest lines: unread leadership updates first, then the notifications, newest first. */
    public List<NotificationGroup> newest(Caller caller) {
        List<NotificationGroup> lines = new ArrayList<>();
        for (PostSummary update : posts.unreadLeadershipUpdates(caller, SHOWN)) {
            lines.add(new NotificationGroup(
                    NotificationKind.LEADERSHIP_UPDATE,
                    SubjectType.POST,
                    update.id(),
                    null,
                    null,
                    update.authorLogin(),
                    update.authorName(),
                    0,
                    null,
                    null,
                    update.title(),
                    "",
                    true,
                    update.publishedAt()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(NEWEST_GROUPS)
                .setParameter(1, caller.personId())
                .setParameter(2, readers.of(caller).toArray(String[]::new))
                .setParameter(3, GROUPED_OVER)
                .setParameter(4, SHOWN)
                .getResultList();
        for (Object[] row : rows) {
            lines.add(new NotificationGroup(
                    NotificationKind.valueOf((String) row[0]),
                    SubjectType.valueOf((String) row[1]),
                    ((Number) row[2]).longValue(),
                    row[3] == null ? null : ((Number) row[3]).longValue(),
                    row[4] == null ? null : ((Number) row[4]).longValue(),
                    (String) row[5],
                    (String) row[6],
                    ((Number) row[7]).longValue() - 1,
                    row[8] == null ? null : ((Number) row[8]).longValue(),
                    (String) row[9],
                    (String) row[10],
                    (String) row[11],
                    (Boolean) row[12],
                    NativeValues.instant(row[13])));
        }
        return lines;
    }

    /**
     * The newest lines as the notifications page shows them: opening it is seeing them, so the unread ones keep their
     * mark in what is returned and are seen from now on.
     */
    public List<NotificationGroup> open(Caller caller) {
        List<NotificationGroup> lines = newest(caller);
        if (lines.stream().anyMatch(line -> line.unread() && line.kind() != NotificationKind.LEADERSHIP_UPDATE)) {
            markAllRead(caller);
        }
        return lines;
    }

    /** Marks every notification seen (leadership updates stay unread until read or put away). */
    public void markAllRead(Caller caller) {
        em.createNativeQuery("update notification set read_at = now() where recipient_id = ?1 and read_at is null")
                .setParameter(1, caller.personId())
                .executeUpdate();
    }
}
