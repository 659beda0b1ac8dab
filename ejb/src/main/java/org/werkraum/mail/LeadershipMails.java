package org.werkraum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.werkraum.activity.Activity;
import org.werkraum.blog.BlogPost;
import org.werkraum.blog.PostStatus;
import org.werkraum.notification.NotificationKind;
import org.werkraum.notification.SubjectType;

/**
 * Leadership updates by mail: "management leads by example", and its updates reach everyone who wants them at once
 * (the default), in his language. Publishing writes one row; the mails are then queued {@link #PEOPLE_PER_BATCH}
 * people at a time, in person order, each batch in a transaction of its own taken with {@code SKIP LOCKED}, so that
 * 400,000 mails never make one transaction and two nodes never queue a batch twice. Who read the update in Werkraum
 * meanwhile gets no mail of it.
 */
@ApplicationScoped
public class LeadershipMails {

    /** How many people one transaction queues mails for. */
    static final int PEOPLE_PER_BATCH = 500;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    MailComposer composer;

    @Inject
    MailQueue queue;

    /** A leadership update was published: its mails are to go out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(long postId) {
        em.createNativeQuery("insert into mail_broadcast (post_id) values (?1)")
                .setParameter(1, postId)
                .executeUpdate();
    }

    /** Queues the mails of the next batch of people of the oldest update under way; whether there was one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean queueBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("select id, post_id, next_person_id from mail_broadcast"
                        + " where finished_at is null order by id limit 1 for update skip locked")
                .getResultList();
        if (open.isEmpty()) {
            return false;
        }
        long broadcast = ((Number) open.get(0)[0]).longValue();
        BlogPost post = em.find(BlogPost.class, ((Number) open.get(0)[1]).longValue());
        if (post == null || post.isDeleted() || post.status() != PostStatus.PUBLISHED) {
            finish(broadcast, Long.MAX_VALUE);
            return true;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> people = em.createNativeQuery("select p.id, p.email, p.display_name, p.language from person p"
                        + " where p.id > ?1 and p.active and p.email is not null and p.email <> '' and p.id <> ?2"
                        + " and coalesce((select m.frequency from mail_preference m where m.person_id = p.id"
                        + " and m.kind = 'LEADERSHIP_UPDATE'), 'IMMEDIATELY') = 'IMMEDIATELY'"
                        + " and not exists (select 1 from leadership_reader r where r.post_id = ?3"
                        + " and r.person_id = p.id) order by p.id limit ?4")
                .setParameter(1, ((Number) open.get(0)[2]).longValue())
                .setParameter(2, post.author().id())
                .setParameter(3, post.id())
                .setParameter(4, PEOPLE_PER_BATCH)
                .getResultList();
        MailLine line = new MailLine(
                NotificationKind.LEADERSHIP_UPDATE,
                SubjectType.POST,
                post.id(),
                null,
                null,
                post.author().displayName(),
                0,
                post.title(),
                Activity.excerptOf(post.markdown()),
                post.publishedAt() == null ? Instant.now() : post.publishedAt());
        long last = 0;
        for (Object[] person : people) {
            last = ((Number) person[0]).longValue();
            String language = person[3] != null && MailPreferences.LANGUAGES.contains((String) person[3])
                    ? (String) person[3]
                    : MailPreferences.companyLanguage();
            queue.enqueue(composer.immediate(
                    new Recipient(last, (String) person[1], (String) person[2], language), line, null));
        }
        if (people.size() < PEOPLE_PER_BATCH) {
            finish(broadcast, last);
        } else {
            em.createNativeQuery("update mail_broadcast set next_person_id = ?2 where id = ?1")
                    .setParameter(1, broadcast)
                    .setParameter(2, last)
                    .executeUpdate();
        }
        return true;
    }

    private void finish(long broadcast, long last) {
        em.createNativeQuery("update mail_broadcast set finished_at = now(), next_person_id = greatest(next_person_id,"
                        + " ?2) where id = ?1")
                .setParameter(1, broadcast)
                .setParameter(2, last)
                .executeUpdate();
    }
}
