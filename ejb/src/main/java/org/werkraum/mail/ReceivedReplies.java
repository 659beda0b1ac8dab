package org.werkraum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.werkraum.blog.CommentDraft;
import org.werkraum.blog.PostDiscussion;
import org.werkraum.ideation.IdeaCommentDraft;
import org.werkraum.ideation.IdeaService;
import org.werkraum.people.Person;
import org.werkraum.security.Caller;

/**
 * The transactions of {@link ReplyMails}, each its own: the mail is written down ({@code mail_inbound}, under its key)
 * in the transaction that acts on it, so that of two nodes reading one mailbox the second waits for the first and
 * then finds it done. A comment that fails rolls back with its record, and the refusal is written in the next.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReceivedReplies {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    PostDiscussion discussions;

    @Inject
    IdeaService ideas;

    @Inject
    MailComposer composer;

    @Inject
    MailQueue queue;

    /** The reply as a comment by the person the target names, who must be its sender. */
    public ReplyMails.Outcome comment(InboundMail mail, ReplyTarget target) {
        if (!claim(mail, target.personId(), ReplyMails.Outcome.COMMENTED)) {
            return ReplyMails.Outcome.DUPLICATE;
        }
        Person person = em.find(Person.class, target.personId());
        if (person == null || !person.active()) {
            throw new Refusal(Refusal.Reason.DENIED, null);
        }
        if (person.email() == null || !person.email().equalsIgnoreCase(mail.from())) {
            throw new Refusal(Refusal.Reason.SENDER, null);
        }
        if (mail.text().isBlank()) {
            throw new Refusal(Refusal.Reason.EMPTY, null);
        }
        Caller caller = new Caller(person.id(), person.login(), person.roles());
        switch (target.kind()) {
            case POST -> {
                if (mail.text().length() > PostDiscussion.COMMENT_MAX) {
                    throw new Refusal(Refusal.Reason.TOO_LONG, PostDiscussion.COMMENT_MAX);
                }
                discussions.comment(caller, target.subjectId(), new CommentDraft(mail.text(), target.parentId()));
            }
            case IDEA -> {
                if (mail.text().length() > IdeaService.COMMENT_MAX) {
                    throw new Refusal(Refusal.Reason.TOO_LONG, IdeaService.COMMENT_MAX);
                }
                ideas.comment(caller, target.subjectId(), new IdeaCommentDraft(mail.text()));
            }
        }
        return ReplyMails.Outcome.COMMENTED;
    }

    /**
     * Answers the sender why his mail did not become a comment, in his language if he is one of us (the company's
     * otherwise). Nobody is told whose the address was.
     */
    public ReplyMails.Outcome refuse(InboundMail mail, ReplyTarget target, Refusal refusal) {
        if (!claim(mail, target == null ? null : target.personId(), ReplyMails.Outcome.REFUSED)) {
            return ReplyMails.Outcome.DUPLICATE;
        }
        List<Person> senders = em.createQuery(
                        "select p from Person p where p.email in (:given, :lower) and p.active = true", Person.class)
                .setParameter("given", mail.from())
                .setParameter("lower", mail.from().toLowerCase(Locale.ROOT))
                .getResultList();
        Person sender = senders.isEmpty() ? null : senders.get(0);
        queue.enqueue(composer.refusal(
                sender == null ? null : sender.id(),
                mail.from(),
                sender == null ? MailPreferences.companyLanguage() : MailPreferences.languageOf(sender),
                refusal,
                mail));
        return ReplyMails.Outcome.REFUSED;
    }

    /** A mail written by a program: taken out of the mailbox, never answered. */
    public ReplyMails.Outcome ignore(InboundMail mail) {
        return claim(mail, null, ReplyMails.Outcome.IGNORED)
                ? ReplyMails.Outcome.IGNORED
                : ReplyMails.Outcome.DUPLICATE;
    }

    /** Forgets what was received more than {@code keptDays} ago; how many. */
    public int purge(int keptDays) {
        return em.createNativeQuery("delete from mail_inbound where received_at < now() - make_interval(days => ?1)")
                .setParameter(1, keptDays)
                .executeUpdate();
    }

    /** Writes the mail down; false if another transaction did (it waits for that one to end). */
    private boolean claim(InboundMail mail, Long personId, ReplyMails.Outcome outcome) {
        return em.createNativeQuery("insert into mail_inbound (message_key, sender, person_id, outcome)"
                                + " values (?1, ?2, (select id from person where id = cast(?3 as bigint)), ?4)"
                                + " on conflict (message_key) do nothing")
                        .setParameter(1, mail.key())
                        .setParameter(2, cut(mail.from(), 320))
                        .setParameter(3, personId)
                        .setParameter(4, outcome.name())
                        .executeUpdate()
                == 1;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
