package org.werkraum.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;

/**
 * The digests: every morning at seven the daily ones, on Mondays the weekly ones, on every node (each person's is
 * written once, see {@link DigestWriter}); an admin may send them at once. Only people with something new unseen
 * are looked at, and a digest with nothing in it is not sent.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDigests {

    private static final Logger LOG = Logger.getLogger(MailDigests.class.getName());

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    DigestWriter writer;

    @Inject
    AccessPolicy policy;

    @Schedule(hour = "7", minute = "0", persistent = false, info = "daily digests")
    void daily() {
        sendQuietly(Frequency.DAILY);
    }

    @Schedule(dayOfWeek = "Mon", hour = "7", minute = "5", persistent = false, info = "weekly digests")
    void weekly() {
        sendQuietly(Frequency.WEEKLY);
    }

    /** Sends the digests of a frequency now, as an admin asks; how many were queued. */
    public int sendNow(Caller caller, Frequency frequency) {
        if (!policy.canAdministerMail(caller)) {
            throw new AccessDeniedException("error.mail.notAdmin", "only admins send the digests");
        }
        if (frequency != Frequency.DAILY && frequency != Frequency.WEEKLY) {
            throw new org.werkraum.shared.InvalidInputException(
                    "frequency", "error.mail.digestFrequency", "digests are daily or weekly");
        }
        return send(frequency);
    }

    private void sendQuietly(Frequency frequency) {
        try {
            int queued = send(frequency);
            LOG.info(() -> frequency + " digests queued: " + queued);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The " + frequency + " digests failed; the next run covers what they missed", e);
        }
    }

    private int send(Frequency frequency) {
        Instant until = Instant.now();
        long upTo = ((Number) em.createNativeQuery("select coalesce(max(id), 0) from notification")
                        .getSingleResult())
                .longValue();
        Instant since = until.minus(frequency.lookBack());
        // those with something unseen, and, if an update was published lately, those who get updates this often
        @SuppressWarnings("unchecked")
        List<Number> people = em.createNativeQuery("select distinct recipient_id from notification"
                        + " where read_at is null and id <= ?1 and created_at > ?2"
                        + " union select m.person_id from mail_preference m where m.kind = 'LEADERSHIP_UPDATE'"
                        + " and m.frequency = ?3 and exists (select 1 from blog_post p where p.leadership_update"
                        + " and p.status = 'PUBLISHED' and p.published_at > ?2)")
                .setParameter(1, upTo)
                .setParameter(2, since)
                .setParameter(3, frequency.name())
                .getResultList();
        int queued = 0;
        for (Number person : people) {
            try {
                queued += writer.write(person.longValue(), frequency, upTo, until) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The " + frequency + " digest of person " + person + " failed", e);
            }
        }
        return queued;
    }
}
