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
import java.time.Duration;
import java.util.logging.Logger;
import org.werkraum.shared.BatchesEvery;

/**
 * Sends the queued mails every few seconds ({@code werkraum.mail.send-seconds}, 5), on every node; the queue sees to
 * it that each mail goes out once. Mails sent more than {@link #KEPT_DAYS} days ago are purged as it goes.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    /** Mails per connection to the mail server. */
    static final int BATCH_SIZE = 50;

    /** Sent mails are kept this long, for the record (who was told what, when). */
    static final int KEPT_DAYS = 30;

    private static final int PURGED_AT_ONCE = 1_000;

    /** Batches of a leadership update's people queued per round, between the sending. */
    private static final int BROADCAST_BATCHES_PER_ROUND = 4;

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    MailQueue queue;

    @Inject
    LeadershipMails leadership;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private BatchesEvery rounds;

    @PostConstruct
    void start() {
        rounds = new BatchesEvery("Sending the queued mails", 1, this::round, LOG);
        rounds.start(scheduler, Duration.ofSeconds(Long.getLong("werkraum.mail.send-seconds", 5)));
    }

    @PreDestroy
    void stop() {
        rounds.stop();
    }

    /** One round; a mail not sent stays queued for the next. */
    private boolean round() {
        // a leadership update's mails are queued a batch of people at a time, a few batches a round
        for (int i = 0; i < BROADCAST_BATCHES_PER_ROUND && leadership.queueBatch(); i++) {
            // the next batch
        }
        MailQueue.Batch batch;
        do {
            batch = queue.sendDue(BATCH_SIZE);
        } while (batch.sent() == BATCH_SIZE);
        queue.purgeSent(KEPT_DAYS, PURGED_AT_ONCE);
        return false;
    }
}
