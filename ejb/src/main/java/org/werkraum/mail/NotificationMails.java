package org.werkraum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.werkraum.notification.Notice;
import org.werkraum.people.Person;

/**
 * Mails a notification at once to whoever wants its kind at once ({@link Frequency#IMMEDIATELY}): queued in the
 * transaction that wrote the notification, so a write that fails sends nothing and a mail server that is away holds
 * nothing up. The other kinds wait for the digests ({@link MailDigests}). A mention, comment or reply can be answered
 * by mail ({@link ReplyMails}) when replies are taken.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationMails {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    MailPreferences preferences;

    @Inject
    MailComposer composer;

    @Inject
    MailQueue queue;

    @Inject
    ReplyAddresses replies;

    /** The person was just told of the event in Werkraum. */
    public void told(Notice notice, long recipientId) {
        if (preferences.frequency(recipientId, notice.kind()) != Frequency.IMMEDIATELY) {
            return;
        }
        Optional<Recipient> recipient = recipient(em, recipientId);
        if (recipient.isEmpty()) {
            return;
        }
        Person actor = em.find(Person.class, notice.actorId());
        queue.enqueue(composer.immediate(
                recipient.get(),
                new MailLine(
                        notice.kind(),
                        notice.subjectType(),
                        notice.subjectId(),
                        notice.parentId(),
                        notice.anchorId(),
                        actor.displayName(),
                        0,
                        notice.title(),
                        notice.excerpt(),
                        Instant.now()),
                ReplyTarget.of(notice, recipientId).flatMap(replies::of).orElse(null)));
    }

    /** Whom to mail: an active person with an address. */
    static Optional<Recipient> recipient(EntityManager em, long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null
                || !person.active()
                || person.email() == null
                || person.email().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                new Recipient(person.id(), person.email(), person.displayName(), MailPreferences.languageOf(person)));
    }
}
