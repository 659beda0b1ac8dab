package org.werkraum.shared;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work done in batches on every node: every so often after the previous batch ended, up to a number of
 * items, each in a transaction of its own ({@code next} answers whether there was one), one batch at a time
 * ({@link OneRunAtATime}); a failed batch is logged and the schedule goes on, its item waiting for the next.
 */
public final class BatchesEvery {

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final String what;
    private final int itemsPerBatch;
    private final BooleanSupplier next;
    private final Logger log;
    private final OneRunAtATime runs = new OneRunAtATime();
    private ScheduledFuture<?> schedule;

    /**
     * @param what
     *            what the work does, for the log ("Extracting the text of files")
     */
    public BatchesEvery(String what, int itemsPerBatch, BooleanSupplier next, Logger log) {
        this.what = what;
        this.itemsPerBatch = itemsPerBatch;
        this.next = next;
        this.log = log;
    }

    public void start(ManagedScheduledExecutorService scheduler, Duration every) {
        schedule = scheduler.scheduleWithFixedDelay(
                this::batch, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the schedule and waits for the batch under way. */
    public void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        runs.awaitEnd(STOP_WAIT);
    }

    private void batch() {
        if (!runs.start()) {
            return;
        }
        try {
            for (int i = 0; i < itemsPerBatch && next.getAsBoolean(); i++) {
                // the next item
            }
        } catch (RuntimeException e) {
            // a failed batch must not end the schedule
            log.log(Level.WARNING, what + " failed", e);
        } finally {
            runs.end();
        }
    }
}
