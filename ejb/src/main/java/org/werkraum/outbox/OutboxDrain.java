package org.werkraum.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.search.DocumentRef;
import org.werkraum.search.DocumentType;
import org.werkraum.search.Rejection;
import org.werkraum.search.SearchDocument;
import org.werkraum.search.SearchIndex;
import org.werkraum.search.SearchUnavailableException;
import org.werkraum.searching.DocumentBuilds;
import org.werkraum.searching.DocumentSource;
import org.werkraum.searching.ReindexRecords;

/**
 * Drains one batch of the outbox into the search index. Rows are locked with {@code SKIP LOCKED}, so several nodes
 * drain side by side without writing a document twice at once; a row is deleted only after Elasticsearch accepted
 * its document.
 *
 * <p>
 * What goes wrong is kept apart: while Elasticsearch is away, every row waits with growing delay and none is blamed.
 * A document that cannot be built, or that Elasticsearch refuses, fails alone: its rows are retried with growing
 * delay and after {@code werkraum.indexer.max-failures} (5) failures set aside for an admin; the batch goes on.
 */
@ApplicationScoped
public class OutboxDrain {

    private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    SearchIndex index;

    @Inject
    DocumentBuilds builds;

    @Inject
    @Any
    Instance<DocumentSource> sources;

    private volatile boolean indicesEnsured;

    /**
     * The result of one batch.
     *
     * @param indexed
     *            rows whose documents Elasticsearch took
     * @param postponed
     *            rows that wait because Elasticsearch was away
     * @param failed
     *            rows whose document failed on its own
     */
    public record Batch(int indexed, int postponed, int failed) {
        public int rows() {
            return indexed + postponed + failed;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch drainBatch(int maxRows, Duration maxBackoff) {
        @SuppressWarnings("unchecked")
        List<OutboxEntry> due = em.createNativeQuery(
                        "select * from search_outbox where failed_at is null and next_attempt_at <= now()"
                                + " order by id limit ?1 for update skip locked",
                        OutboxEntry.class)
                .setParameter(1, maxRows)
                .getResultList();
        if (due.isEmpty()) {
            return new Batch(0, 0, 0);
        }
        boolean reindexing = reindexRunning();
        Map<DocumentRef, List<OutboxEntry>> rowsByRef = new LinkedHashMap<>();
        due.forEach(entry -> rowsByRef
                .computeIfAbsent(new DocumentRef(entry.documentType(), entry.documentId()), ref -> new ArrayList<>())
                .add(entry));

        Map<DocumentRef, String> failures = new HashMap<>();
        List<SearchDocument> upserts = new ArrayList<>();
        List<DocumentRef> deletions = new ArrayList<>();
        build(rowsByRef.keySet(), upserts, deletions, failures);
        try {
            ensureIndices();
            for (Rejection rejection : index.apply(upserts, deletions)) {
                if (rejection.isDocumentsFault()) {
                    failures.put(rejection.ref(), "refused by Elasticsearch: " + rejection.reason());
                } else {
                    postpone(rowsByRef.remove(rejection.ref()), rejection.reason(), maxBackoff);
                }
            }
        } catch (SearchUnavailableException e) {
            rowsByRef.values().forEach(rows -> postpone(rows, e.getMessage(), maxBackoff));
            LOG.log(
                    Level.WARNING,
                    "Search index not updated, {0} outbox rows wait for the next attempt: {1}",
                    new Object[] {due.size(), e.getMessage()});
            return new Batch(0, due.size(), 0);
        }
        int maxFailures = maxFailures();
        int indexed = 0;
        int failed = 0;
        for (Map.Entry<DocumentRef, List<OutboxEntry>> entry : rowsByRef.entrySet()) {
            String failure = failures.get(entry.getKey());
            if (failure == null) {
                entry.getValue().forEach(em::remove);
                indexed += entry.getValue().size();
                if (reindexing) {
                    replayAfterReindex(entry.getKey());
                }
            } else {
                for (OutboxEntry row : entry.getValue()) {
                    row.failed(failure, backoff(row.attempts(), maxBackoff), maxFailures);
                    if (row.failedAt() != null) {
                        LOG.log(Level.WARNING, "Search document {0} set aside after {1} failures: {2}", new Object[] {
                            entry.getKey(), row.failures(), failure
                        });
                    }
                }
                failed += entry.getValue().size();
            }
        }
        return new Batch(indexed, due.size() - indexed - failed, failed);
    }

    /**
     * Whether a full reindex is running. Asked under the shared side of the reindex's advisory lock, held until this
     * batch commits: the reindex cannot finish between this batch's write to the old indices and its note to write
     * the document again.
     */
    private boolean reindexRunning() {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(?1)")
                .setParameter(1, ReindexRecords.LOCK)
                .getSingleResult();
        Number running = (Number) em.createNativeQuery("select count(*) from search_reindex where state = 'RUNNING'")
                .getSingleResult();
        return running.longValue() > 0;
    }

    private void replayAfterReindex(DocumentRef ref) {
        em.createNativeQuery("insert into search_reindex_replay (document_type, document_id) values (?1, ?2)"
                        + " on conflict do nothing")
                .setParameter(1, ref.type().name())
                .setParameter(2, ref.id())
                .executeUpdate();
    }

    /**
     * Builds the documents type by type, one query each. When a type's batch fails, its ids are built one by one,
     * so that only the document at fault fails.
     */
    private void build(
            Set<DocumentRef> refs,
            List<SearchDocument> upserts,
            List<DocumentRef> deletions,
            Map<DocumentRef, String> failures) {
        Map<DocumentType, DocumentSource> byType = sourcesByType();
        Map<DocumentType, Set<String>> idsByType = new EnumMap<>(DocumentType.class);
        refs.forEach(ref -> idsByType
                .computeIfAbsent(ref.type(), t -> new LinkedHashSet<>())
                .add(ref.id()));
        idsByType.forEach((type, ids) -> {
            DocumentSource source = byType.get(type);
            if (source == null) {
                ids.forEach(id -> failures.put(new DocumentRef(type, id), "no document source for " + type));
                return;
            }
            try {
                collect(type, ids, builds.build(source, ids), upserts, deletions);
            } catch (RuntimeException batchFailed) {
                for (String id : ids) {
                    try {
                        collect(type, Set.of(id), builds.build(source, Set.of(id)), upserts, deletions);
                    } catch (RuntimeException e) {
                        failures.put(new DocumentRef(type, id), "could not be built: " + e);
                    }
                }
            }
        });
    }

    private static void collect(
            DocumentType type,
            Set<String> ids,
            Map<String, SearchDocument> built,
            List<SearchDocument> upserts,
            List<DocumentRef> deletions) {
        for (String id : ids) {
            SearchDocument document = built.get(id);
            if (document == null) {
                deletions.add(new DocumentRef(type, id));
            } else {
                upserts.add(document);
            }
        }
    }

    private static void postpone(List<OutboxEntry> rows, String error, Duration maxBackoff) {
        if (rows != null) {
            rows.forEach(row -> row.postpone(error, backoff(row.attempts(), maxBackoff)));
        }
    }

    static Duration backoff(int attemptsSoFar, Duration max) {
        long seconds = 1L << Math.min(attemptsSoFar, 16);
        return seconds >= max.toSeconds() ? max : Duration.ofSeconds(seconds);
    }

    private static int maxFailures() {
        return Integer.getInteger("werkraum.indexer.max-failures", 5);
    }

    private void ensureIndices() {
        if (!indicesEnsured) {
            index.ensureIndices();
            indicesEnsured = true;
        }
    }

    private Map<DocumentType, DocumentSource> sourcesByType() {
        Map<DocumentType, DocumentSource> byType = new EnumMap<>(DocumentType.class);
        sources.forEach(source -> byType.put(source.type(), source));
        return byType;
    }
}
