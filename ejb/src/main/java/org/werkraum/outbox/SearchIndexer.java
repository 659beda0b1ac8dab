package org.werkraum.outbox;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drains the outbox every second on every node; the rows' {@code SKIP LOCKED} keeps nodes from getting in each
 * other's way, so no leader election is needed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexer {

    static final int BATCH_SIZE = 200;
    private static final int MAX_BATCHES_PER_RUN = 50;

    @Inject
    OutboxDrain drain;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void onSchedule() {
        drainDue();
    }

    /**
     * Drains whatever is due now, batch by batch, until the outbox is empty or Elasticsearch refuses. Returns the
     * number of rows indexed; a concurrent call on the same node returns 0 at once.
     */
    public int drainDue() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            Duration maxBackoff = maxBackoff();
            int indexed = 0;
            for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
                OutboxDrain.Batch batch = drain.drainBatch(BATCH_SIZE, maxBackoff);
                indexed += batch.indexed();
                if (batch.postponed() > 0 || batch.indexed() < BATCH_SIZE) {
                    break;
                }
            }
            return indexed;
        } finally {
            running.set(false);
        }
    }

    private static Duration maxBackoff() {
        return Duration.ofSeconds(Long.getLong("werkraum.indexer.max-backoff-seconds", 60));
    }
}
