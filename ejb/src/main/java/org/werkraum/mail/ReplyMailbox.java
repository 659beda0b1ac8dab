package org.werkraum.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.shared.BatchesEvery;

/**
 * Reads the reply mailbox over IMAP every {@code werkraum.mail.imap.poll-seconds} (30), on every node, and hands each
 * mail to {@link ReplyMails}; a mail acted on (a comment, a refusal, a program's mail dropped) is deleted from the
 * mailbox. A mail that cannot be read or acted on stays for the next round; after {@link #TRIES} rounds it is flagged
 * and left for a person to look at, so that nothing is lost and nothing is tried for ever.
 *
 * <p>Settings: {@code werkraum.mail.imap.host} (without it nothing is read), {@code .port}, {@code .protocol}
 * ({@code imaps}, or {@code imap}), {@code .user}, {@code .password} (or the environment's
 * {@code WERKRAUM_MAIL_IMAP_PASSWORD}), {@code .folder} ({@code INBOX}). The addresses it reads are those of
 * {@code werkraum.mail.reply-address} ({@link ReplyAddresses}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplyMailbox {

    /** Mails read per round. */
    static final int ROUND = 50;

    /** Rounds a mail may fail before it is flagged and left alone. */
    static final int TRIES = 5;

    /** What was received is remembered this long (no mail is delivered twice later than that). */
    static final int KEPT_DAYS = 30;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(ReplyMailbox.class.getName());

    @Inject
    ReplyMails replies;

    @Inject
    ReplyAddresses addresses;

    @Inject
    ReceivedReplies received;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private BatchesEvery rounds;

    @PostConstruct
    void start() {
        String host = setting("host", "");
        if (host.isEmpty()) {
            LOG.info("Replies by mail are off: werkraum.mail.imap.host is not set");
            return;
        }
        if (!addresses.enabled()) {
            LOG.warning("werkraum.mail.imap.host is set but werkraum.mail.reply-address is not: no mail can be"
                    + " answered, so the mailbox is not read");
            return;
        }
        rounds = new BatchesEvery("Reading the reply mailbox", 1, this::round, LOG);
        rounds.start(scheduler, Duration.ofSeconds(Long.parseLong(setting("poll-seconds", "30"))));
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.stop();
        }
    }

    /** One round: the mailbox read, what was received long ago forgotten; the mails left stay for the next. */
    private boolean round() {
        try {
            read();
        } catch (MessagingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        received.purge(KEPT_DAYS);
        return false;
    }

    private void read() throws MessagingException {
        String protocol = setting("protocol", "imaps");
        Properties properties = new Properties();
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        properties.setProperty("mail." + protocol + ".timeout", String.valueOf(TIMEOUT.toMillis()));
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore(protocol)) {
            store.connect(
                    setting("host", ""),
                    Integer.parseInt(setting("port", protocol.equals("imaps") ? "993" : "143")),
                    setting("user", ""),
                    password());
            Folder folder = store.getFolder(setting("folder", "INBOX"));
            folder.open(Folder.READ_WRITE);
            try {
                Message[] waiting = folder.search(new FlagTerm(new Flags(Flags.Flag.DELETED), false));
                int taken = 0;
                for (Message message : waiting) {
                    if (taken == ROUND) {
                        break;
                    }
                    if (!message.isSet(Flags.Flag.FLAGGED)) {
                        taken++;
                        take((MimeMessage) message);
                    }
                }
            } finally {
                folder.close(true);
            }
        }
    }

    /** Acts on one mail and deletes it; leaves it for the next round if that fails, flags it after the last. */
    private void take(MimeMessage message) throws MessagingException {
        String name = name(message);
        try {
            ReplyMails.Outcome outcome = replies.receive(InboundMail.of(message));
            LOG.fine(() -> "Reply mail " + name + ": " + outcome);
            message.setFlag(Flags.Flag.DELETED, true);
            failures.remove(name);
        } catch (MessagingException | IOException | RuntimeException e) {
            int failed = failures.merge(name, 1, Integer::sum);
            if (failed >= TRIES) {
                failures.remove(name);
                message.setFlag(Flags.Flag.FLAGGED, true);
                LOG.log(
                        Level.SEVERE,
                        "Reply mail " + name + " failed " + failed + " times; flagged and left in the"
                                + " mailbox for a person to look at",
                        e);
            } else {
                LOG.log(Level.WARNING, "Reply mail " + name + " failed; tried again next round", e);
            }
        }
    }

    private static String name(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return id != null ? id : message.getSubject() + " of " + message.getSentDate();
        } catch (MessagingException e) {
            return "#" + message.getMessageNumber();
        }
    }

    private static String password() {
        String configured = System.getProperty("werkraum.mail.imap.password");
        if (configured == null) {
            configured = System.getenv("WERKRAUM_MAIL_IMAP_PASSWORD");
        }
        return configured == null ? "" : configured;
    }

    private static String setting(String name, String fallback) {
        return System.getProperty("werkraum.mail.imap." + name, fallback).strip();
    }
}
