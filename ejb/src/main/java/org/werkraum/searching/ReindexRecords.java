package org.werkraum.searching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.werkraum.search.DocumentRef;
import org.werkraum.shared.ConflictException;

/**
 * The reindex's bookkeeping in PostgreSQL, each step in a transaction of its own so that every node sees progress at
 * once. Finishing takes an exclusive advisory lock that the indexer takes shared while it drains: changes the indexer
 * wrote to the old indices during the reindex are handed back to the outbox exactly once, after the swap.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReindexRecords {

    /** The advisory lock between the indexer (shared) and a finishing reindex (exclusive). */
    public static final long LOCK = 0x5745524b5249L;

    /** A running reindex whose node stopped reporting for this long is given up. */
    private static final String ABANDONED_AFTER = "5 minutes";

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    /**
     * @throws ConflictException
     *             when another reindex is running somewhere
     */
    public long begin(long startedBy) {
        em.createNativeQuery("update search_reindex set state = 'FAILED', finished_at = now(), error = 'abandoned:"
                        + " its node stopped reporting' where state = 'RUNNING' and updated_at < now() - interval '"
                        + ABANDONED_AFTER + "'")
                .executeUpdate();
        Number running = (Number) em.createNativeQuery("select count(*) from search_reindex where state = 'RUNNING'")
                .getSingleResult();
        if (running.longValue() > 0) {
            throw new ConflictException("error.reindex.running", "a full reindex is running already");
        }
        em.createNativeQuery("delete from search_reindex_replay").executeUpdate();
        return ((Number) em.createNativeQuery(
                                "insert into search_reindex (started_by, state) values (?1, 'RUNNING') returning id")
                        .setParameter(1, startedBy)
                        .getSingleResult())
                .longValue();
    }

    public void progress(long id, long done, long total) {
        em.createNativeQuery("update search_reindex set documents_done = ?2, documents_total = ?3, updated_at = now()"
                        + " where id = ?1")
                .setParameter(1, id)
                .setParameter(2, done)
                .setParameter(3, total)
                .executeUpdate();
    }

    /**
     * Marks the reindex done and hands back to the outbox what the indexer wrote meanwhile, and the documents the new
     * indices refused (the indexer retries them and sets them aside for admins if they keep failing).
     */
    public void finish(long id, List<DocumentRef> refused) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, LOCK)
                .getSingleResult();
        for (DocumentRef ref : refused) {
            em.createNativeQuery("insert into search_reindex_replay (document_type, document_id) values (?1, ?2)"
                            + " on conflict do nothing")
                    .setParameter(1, ref.type().name())
                    .setParameter(2, ref.id())
                    .executeUpdate();
        }
        em.createNativeQuery("insert into search_outbox (document_type, document_id)"
                        + " select document_type, document_id from search_reindex_replay")
                .executeUpdate();
        em.createNativeQuery("delete from search_reindex_replay").executeUpdate();
        em.createNativeQuery("update search_reindex set state = 'DONE', finished_at = now(), updated_at = now(),"
                        + " documents_done = documents_total where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** The old indices are still in place and current: nothing to hand back. */
    public void fail(long id, String error) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, LOCK)
                .getSingleResult();
        em.createNativeQuery("delete from search_reindex_replay").executeUpdate();
        em.createNativeQuery("update search_reindex set state = 'FAILED', finished_at = now(), updated_at = now(),"
                        + " error = ?2 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, error == null ? "" : error.substring(0, Math.min(error.length(), 2000)))
                .executeUpdate();
    }

    public Optional<ReindexProgress> latest() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, state, started_at, finished_at, documents_done,"
                        + " documents_total, error from search_reindex order by id desc limit 1")
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new ReindexProgress(
                        ((Number) row[0]).longValue(),
                        ReindexProgress.State.valueOf((String) row[1]),
                        instant(row[2]),
                        instant(row[3]),
                        ((Number) row[4]).longValue(),
                        ((Number) row[5]).longValue(),
                        (String) row[6]));
    }

    private static java.time.Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
