package org.werkraum.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.NotFoundException;

/** What admins see of the search outbox, and the retry of documents the indexer set aside. */
@ApplicationScoped
@Transactional
public class OutboxAdministration {

    static final int SHOWN = 100;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    public OutboxStatus status(Caller caller) {
        requireAdmin(caller);
        long pending = em.createQuery("select count(e) from OutboxEntry e where e.failedAt is null", Long.class)
                .getSingleResult();
        long setAside = em.createQuery("select count(e) from OutboxEntry e where e.failedAt is not null", Long.class)
                .getSingleResult();
        return new OutboxStatus(
                pending,
                setAside,
                em.createQuery(
                                "select e from OutboxEntry e where e.failedAt is not null order by e.failedAt desc,"
                                        + " e.id desc",
                                OutboxEntry.class)
                        .setMaxResults(SHOWN)
                        .getResultStream()
                        .map(SetAsideDocument::of)
                        .toList());
    }

    /** Gives one set-aside row a fresh round of attempts; "not found" if it is not set aside (any more). */
    public void retry(Caller caller, long rowId) {
        requireAdmin(caller);
        OutboxEntry entry = em.find(OutboxEntry.class, rowId);
        if (entry == null || entry.failedAt() == null) {
            throw new NotFoundException("set-aside search document", rowId);
        }
        entry.retry();
    }

    /** Gives every set-aside row a fresh round of attempts; returns how many. */
    public int retryAll(Caller caller) {
        requireAdmin(caller);
        return em.createQuery("update OutboxEntry e set e.failedAt = null, e.failures = 0, e.attempts = 0,"
                        + " e.nextAttemptAt = :now where e.failedAt is not null")
                .setParameter("now", Instant.now())
                .executeUpdate();
    }

    private void requireAdmin(Caller caller) {
        if (!policy.canAdministerSearch(caller)) {
            throw new AccessDeniedException("error.search.adminOnly", "only admins administer search");
        }
    }
}
