package org.werkraum.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The mails to send. A write only puts its mail here, in its own transaction, so a mail server that is away never
 * holds up or fails a write; the nodes take due mails with {@code SKIP LOCKED} and mark each sent in the transaction
 * that took it, so that with several nodes each mail goes out once. A mail that the server could not take waits with
 * growing delay ({@code werkraum.mail.first-retry-seconds}, 10, doubling, at most an hour); one the server refuses for itself (a bad address) fails after
 * {@link #MAX_ATTEMPTS}.
 */
@ApplicationScoped
public class MailQueue {

    /** A mail the server keeps refusing is given up after this many tries (about a day at the longest delay). */
    static final int MAX_ATTEMPTS = 30;

    private static final Duration LONGEST_DELAY = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(MailQueue.class.getName());
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/werkraum")
    Session session;

    /** What one round did. */
    public record Batch(int sent, int postponed, int failed) {
        public int rows() {
            return sent + postponed + failed;
        }
    }

    /** Puts a mail in the queue, in the transaction of the write it tells of. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        em.createNativeQuery("insert into mail_queue (recipient_id, to_address, to_name, subject, text_body,"
                        + " html_body, reply_to, unsubscribe_url, in_reply_to)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, mail.recipientId())
                .setParameter(2, mail.toAddress())
                .setParameter(3, mail.toName())
                .setParameter(4, cut(mail.subject(), 500))
                .setParameter(5, mail.text())
                .setParameter(6, mail.html())
                .setParameter(7, mail.replyTo())
                .setParameter(8, mail.unsubscribeUrl())
                .setParameter(9, mail.inReplyTo())
                .executeUpdate();
    }

    /** Sends up to {@code max} due mails over one connection to the mail server. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch sendDue(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select id, to_address, to_name, subject, text_body, html_body,"
                        + " reply_to, unsubscribe_url, attempts, in_reply_to from mail_queue where status = 'QUEUED'"
                        + " and next_attempt_at <= now() order by next_attempt_at, id limit ?1 for update skip locked")
                .setParameter(1, max)
                .getResultList();
        if (due.isEmpty()) {
            return new Batch(0, 0, 0);
        }
        int sent = 0;
        int postponed = 0;
        int failed = 0;
        Transport transport = null;
        try {
            transport = session.getTransport("smtp");
            transport.connect();
            for (Object[] row : due) {
                long id = ((Number) row[0]).longValue();
                int attempts = ((Number) row[8]).intValue();
                try {
                    MimeMessage message = message(row);
                    transport.sendMessage(message, message.getAllRecipients());
                    em.createNativeQuery("update mail_queue set status = 'SENT', sent_at = now(), attempts = ?2,"
                                    + " last_error = null where id = ?1")
                            .setParameter(1, id)
                            .setParameter(2, attempts + 1)
                            .executeUpdate();
                    sent++;
                } catch (SendFailedException | UnsupportedEncodingException e) {
                    // this mail's own fault: its address
                    if (retry(id, attempts, e)) {
                        postponed++;
                    } else {
                        failed++;
                    }
                }
            }
        } catch (MessagingException e) {
            // the server is away or went away: every mail not sent waits, none is blamed
            LOG.log(Level.WARNING, "The mail server did not take the mails: " + e.getMessage());
            for (Object[] row : due) {
                postponed += postpone(((Number) row[0]).longValue(), ((Number) row[8]).intValue(), e) ? 1 : 0;
            }
        } finally {
            close(transport);
        }
        return new Batch(sent, postponed, failed);
    }

    /** Forgets up to {@code max} mails sent more than {@code keptDays} ago; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeSent(int keptDays, int max) {
        return em.createNativeQuery(
                        "delete from mail_queue where id in (select id from mail_queue where status = 'SENT'"
                                + " and sent_at < now() - make_interval(days => ?1) order by sent_at limit ?2)")
                .setParameter(1, keptDays)
                .setParameter(2, max)
                .executeUpdate();
    }

    private MimeMessage message(Object[] row) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress((String) row[1], (String) row[2], UTF_8));
        message.setSubject((String) row[3], UTF_8);
        if (row[6] != null) {
            message.setReplyTo(new Address[] {new InternetAddress((String) row[6])});
        }
        if (row[7] != null) {
            message.setHeader("List-Unsubscribe", "<" + row[7] + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (row[9] != null) {
            // an answer to a mail that came in (RFC 5322 3.6.4; RFC 3834 for the kind of answer)
            message.setHeader("In-Reply-To", (String) row[9]);
            message.setHeader("References", (String) row[9]);
            message.setHeader("Auto-Submitted", "auto-replied");
        } else {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText((String) row[4], UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText((String) row[5], UTF_8, "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    /** A mail refused for itself: tried again later, given up after {@link #MAX_ATTEMPTS}; whether it waits. */
    private boolean retry(long id, int attempts, Exception cause) {
        if (attempts + 1 >= MAX_ATTEMPTS) {
            em.createNativeQuery(
                            "update mail_queue set status = 'FAILED', attempts = ?2, last_error = ?3 where id = ?1")
                    .setParameter(1, id)
                    .setParameter(2, attempts + 1)
                    .setParameter(3, cut(String.valueOf(cause.getMessage()), 1000))
                    .executeUpdate();
            return false;
        }
        return postpone(id, attempts, cause);
    }

    /** A mail not sent yet waits a while longer each time; whether it was one still waiting. */
    private boolean postpone(long id, int attempts, Exception cause) {
        long first = Long.getLong("werkraum.mail.first-retry-seconds", 10);
        long delay = Math.min(LONGEST_DELAY.toSeconds(), first << Math.min(attempts, 20));
        return em.createNativeQuery(
                                "update mail_queue set attempts = ?2, last_error = ?3,"
                                        + " next_attempt_at = now() + make_interval(secs => ?4) where id = ?1 and status = 'QUEUED'")
                        .setParameter(1, id)
                        .setParameter(2, attempts + 1)
                        .setParameter(3, cut(String.valueOf(cause.getMessage()), 1000))
                        .setParameter(4, (double) delay)
                        .executeUpdate()
                > 0;
    }

    private static void close(Transport transport) {
        if (transport != null && transport.isConnected()) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "Closing the connection to the mail server failed", e);
            }
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
