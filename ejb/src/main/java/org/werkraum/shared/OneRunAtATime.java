package org.werkraum.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A background job's runs on this node, one at a time, and a stop that waits for the run under way: a run cut off
 * half-way by an undeploy met beans already destroyed and left its transaction open on the server's pooled thread,
 * holding its rows until the transaction reaper came five minutes later (seen in a test run of the search indexer).
 */
public final class OneRunAtATime {

    private final AtomicBoolean running = new AtomicBoolean();

    /** Starts a run; false when one is under way (the caller then does nothing). */
    public boolean start() {
        return running.compareAndSet(false, true);
    }

    public void end() {
        running.set(false);
    }

    /** Waits, at most this long, for the run under way to end. */
    public void awaitEnd(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (running.get() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
