package org.werkraum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.werkraum.activity.Activity;
import org.werkraum.notification.NotificationKind;
import org.werkraum.notification.SubjectType;
import org.werkraum.searching.ReaderPrincipals;
import org.werkraum.shared.NativeValues;

/**
 * One person's digest, in a transaction of its own. His row of {@code mail_digest} says up to which notification his
 * digests have covered; it is locked while the digest is written and moved on with it, so that no digest repeats an
 * earlier one, also when two nodes write digests at the same time.
 */
@ApplicationScoped
public class DigestWriter {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    MailPreferences preferences;

    @Inject
    MailComposer composer;

    @Inject
    MailQueue queue;

    @Inject
    ReaderPrincipals principals;

    /**
     * Queues the person's digest of what is new up to notification {@code upTo} and the time {@code upTo}: unseen, of
     * the kinds he gets at this frequency, still readable; the leadership updates published since, if he gets them at
     * this frequency and has not read them. Nothing when nothing is. Whether a digest was queued.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean write(long personId, Frequency frequency, long upTo, Instant until) {
        em.createNativeQuery("insert into mail_digest (person_id, frequency, covered_to) values (?1, ?2, 0)"
                        + " on conflict do nothing")
                .setParameter(1, personId)
                .setParameter(2, frequency.name())
                .executeUpdate();
        Object[] covered = (Object[]) em.createNativeQuery("select covered_to, covered_at from mail_digest"
                        + " where person_id = ?1 and frequency = ?2 for update")
                .setParameter(1, personId)
                .setParameter(2, frequency.name())
                .getSingleResult();
        long coveredTo = ((Number) covered[0]).longValue();
        Instant since = Instant.now().minus(frequency.lookBack());
        Instant coveredAt = covered[1] == null ? since : NativeValues.instant(covered[1]);
        if (coveredTo >= upTo && !coveredAt.isBefore(until)) {
            return false;
        }
        Set<NotificationKind> kinds = preferences.kindsAt(personId, frequency);
        Optional<Recipient> recipient = NotificationMails.recipient(em, personId);
        List<MailLine> lines = new ArrayList<>();
        if (recipient.isPresent() && kinds.contains(NotificationKind.LEADERSHIP_UPDATE)) {
            lines.addAll(leadershipUpdates(personId, coveredAt.isAfter(since) ? coveredAt : since, until));
        }
        if (recipient.isPresent() && coveredTo < upTo) {
            kinds.remove(NotificationKind.LEADERSHIP_UPDATE);
            if (!kinds.isEmpty()) {
                lines.addAll(lines(personId, kinds, coveredTo, upTo, since));
            }
        }
        em.createNativeQuery("update mail_digest set covered_to = greatest(covered_to, ?3), covered_at = ?5,"
                        + " sent_at = case when ?4 then now() else sent_at end where person_id = ?1 and frequency = ?2")
                .setParameter(1, personId)
                .setParameter(2, frequency.name())
                .setParameter(3, upTo)
                .setParameter(4, !lines.isEmpty())
                .setParameter(5, until)
                .executeUpdate();
        if (lines.isEmpty()) {
            return false;
        }
        queue.enqueue(composer.digest(recipient.get(), frequency, lines));
        return true;
    }

    /** The leadership updates published in the time, newest first, that the person neither wrote nor read. */
    private List<MailLine> leadershipUpdates(long personId, Instant after, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, a.display_name, p.title, p.markdown, p.published_at"
                        + " from blog_post p join person a on a.id = p.author_id where p.status = 'PUBLISHED'"
                        + " and p.leadership_update and p.deleted_at is null and p.author_id <> ?1"
                        + " and p.published_at > ?2 and p.published_at <= ?3 and not exists (select 1 from"
                        + " leadership_reader r where r.post_id = p.id and r.person_id = ?1)"
                        + " order by p.published_at desc limit 20")
                .setParameter(1, personId)
                .setParameter(2, after)
                .setParameter(3, until)
                .getResultList();
        List<MailLine> lines = new ArrayList<>();
        for (Object[] row : rows) {
            lines.add(new MailLine(
                    NotificationKind.LEADERSHIP_UPDATE,
                    SubjectType.POST,
                    ((Number) row[0]).longValue(),
                    null,
                    null,
                    (String) row[1],
                    0,
                    (String) row[2],
                    Activity.excerptOf((String) row[3]),
                    NativeValues.instant(row[4])));
        }
        return lines;
    }

    /** The new notifications, one line per kind and subject, the newest actor named, newest first. */
    private List<MailLine> lines(long personId, Set<NotificationKind> kinds, long after, long upTo, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select n.kind, n.subject_type, n.subject_id, n.parent_id,"
                        + " n.anchor_id, a.display_name, n.actor_id, n.title, n.excerpt, n.created_at"
                        + " from notification n join person a on a.id = n.actor_id where n.recipient_id = ?1"
                        + " and n.id > ?2 and n.id <= ?3 and n.read_at is null and n.kind = any(?4)"
                        + " and n.readers = any(?5) and n.created_at > ?6 order by n.id desc")
                .setParameter(1, personId)
                .setParameter(2, after)
                .setParameter(3, upTo)
                .setParameter(4, kinds.stream().map(Enum::name).toArray(String[]::new))
                .setParameter(5, principals.of(personId).toArray(String[]::new))
                .setParameter(6, since)
                .getResultList();
        Map<String, List<Object[]>> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            groups.computeIfAbsent(row[0] + "/" + row[1] + "/" + row[2], key -> new ArrayList<>())
                    .add(row);
        }
        List<MailLine> lines = new ArrayList<>();
        for (List<Object[]> group : groups.values()) {
            Object[] newest = group.get(0);
            Set<Object> actors = new LinkedHashSet<>();
            group.forEach(row -> actors.add(row[6]));
            lines.add(new MailLine(
                    NotificationKind.valueOf((String) newest[0]),
                    SubjectType.valueOf((String) newest[1]),
                    ((Number) newest[2]).longValue(),
                    newest[3] == null ? null : ((Number) newest[3]).longValue(),
                    newest[4] == null ? null : ((Number) newest[4]).longValue(),
                    (String) newest[5],
                    actors.size() - 1L,
                    (String) newest[7],
                    (String) newest[8],
                    NativeValues.instant(newest[9])));
        }
        return lines;
    }
}
