package org.werkraum.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where active people work, for the people directory's filter: a few dozen names that every directory page shows
 * and that change only with a profile or an import. They are read again after a transaction that may have changed
 * them committed, and at least once a minute (for changes made by another server of a cluster or by a bulk load).
 */
@ApplicationScoped
class Locations {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    /** Fired inside a transaction that changed the location of people or who is active. */
    record Changed() {}

    private record Snapshot(List<String> names, long readAt, long generation) {}

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    /** Counts the changes, so that a list read while one committed is not kept. */
    private final AtomicLong generation = new AtomicLong();

    private volatile Snapshot snapshot;

    List<String> all() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current == null
                || current.generation() != generation.get()
                || now - current.readAt() > FRESH_FOR.toNanos()) {
            long before = generation.get();
            current = new Snapshot(read(), now, before);
            snapshot = current;
        }
        return current.names();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        generation.incrementAndGet();
    }

    @SuppressWarnings("unchecked")
    private List<String> read() {
        // the distinct locations by skipping through the index (a loose index scan): a few dozen index look-ups
        // instead of reading 400,000 rows
        return List.copyOf(em.createNativeQuery("with recursive l(location) as ("
                        + " select min(location) from person where active"
                        + " union all"
                        + " select (select min(location) from person where active and location > l.location)"
                        + " from l where l.location is not null)"
                        + " select location from l where location is not null")
                .getResultList());
    }
}
