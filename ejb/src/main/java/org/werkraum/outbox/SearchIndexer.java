package org.werkraum.outbox;

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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.shared.OneRunAtATime;

/**
 * Drains the outbox a second after the previous run ended, on every node; the rows' {@code SKIP LOCKED} keeps nodes
 * from getting in each other's way, so no leader election is needed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexer {

    static final int BATCH_SIZE = 200;
    private static final int MAX_BATCHES_PER_RUN = 50;
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @Inject
    OutboxDrain drain;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final OneRunAtATime runs = new OneRunAtATime();
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::drainQuietly, 1, 1, TimeUnit.SECONDS);
    }

    /** Stops the schedule and waits (up to {@link #STOP_WAIT}) for a drain that is running ({@link OneRunAtATime}). */
    @PreDestroy
    void stop() {
        schedule.cancel(false);
        runs.awaitEnd(STOP_WAIT);
    }

    private void drainQuietly() {
        try {
            drainDue();
        } catch (RuntimeException e) {
            // a failed run must not end the schedule; the rows stay in the outbox for the next one
            LOG.log(Level.WARNING, "Draining the search outbox failed", e);
        }
    }

    /**
     * Drains whatever is due now, batch by batch, until the outbox is empty or Elasticsearch refuses. Returns the
     * number of rows indexed; a concurrent call on the same node returns 0 at once.
     */
    public int drainDue() {
        if (!runs.start()) {
            return 0;
        }
        try {
            Duration maxBackoff = maxBackoff();
            int indexed = 0;
            for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
                OutboxDrain.Batch batch = drain.drainBatch(BATCH_SIZE, maxBackoff);
                indexed += batch.indexed();
                if (batch.postponed() > 0 || batch.rows() < BATCH_SIZE) {
                    break;
                }
            }
            return indexed;
        } finally {
            runs.end();
        }
    }

    private static Duration maxBackoff() {
        return Duration.ofSeconds(Long.getLong("werkraum.indexer.max-backoff-seconds", 60));
    }
}
