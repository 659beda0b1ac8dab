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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.search.DocumentRef;
import org.werkraum.search.DocumentType;
import org.werkraum.search.SearchDocument;
import org.werkraum.search.SearchIndex;
import org.werkraum.search.SearchUnavailableException;
import org.werkraum.searching.DocumentSource;

/**
 * Drains one batch of the outbox into the search index. Rows are locked with {@code SKIP LOCKED}, so several nodes
 * drain side by side without writing a document twice at once; a row is deleted only after Elasticsearch accepted
 * its document, and pushed back with growing delay when it did not.
 */
@ApplicationScoped
public class OutboxDrain {

    private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    SearchIndex index;

    @Inject
    @Any
    Instance<DocumentSource> sources;

    private volatile boolean indicesEnsured;

    /** The result of one batch: how many rows were written to the index, and how many must wait. */
    public record Batch(int indexed, int postponed) {
        public boolean isEmpty() {
            return indexed == 0 && postponed == 0;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch drainBatch(int maxRows, Duration maxBackoff) {
        @SuppressWarnings("unchecked")
        List<OutboxEntry> due = em.createNativeQuery(
                        "select * from search_outbox where next_attempt_at <= now()"
                                + " order by id limit ?1 for update skip locked",
                        OutboxEntry.class)
                .setParameter(1, maxRows)
                .getResultList();
        if (due.isEmpty()) {
            return new Batch(0, 0);
        }
        Set<DocumentRef> refs = new LinkedHashSet<>();
        due.forEach(entry -> refs.add(new DocumentRef(entry.documentType(), entry.documentId())));
        try {
            List<SearchDocument> upserts = new ArrayList<>();
            List<DocumentRef> deletions = new ArrayList<>();
            Map<DocumentType, DocumentSource> byType = sourcesByType();
            for (DocumentRef ref : refs) {
                DocumentSource source = byType.get(ref.type());
                if (source == null) {
                    throw new IllegalStateException("no document source for " + ref.type());
                }
                source.current(ref.id()).ifPresentOrElse(upserts::add, () -> deletions.add(ref));
            }
            ensureIndices();
            index.apply(upserts, deletions);
            due.forEach(em::remove);
            return new Batch(due.size(), 0);
        } catch (SearchUnavailableException | IllegalStateException e) {
            for (OutboxEntry entry : due) {
                entry.failed(e.getMessage(), backoff(entry.attempts(), maxBackoff));
            }
            LOG.log(
                    Level.WARNING,
                    "Search index not updated, {0} outbox rows wait for the next attempt: {1}",
                    new Object[] {due.size(), e.getMessage()});
            return new Batch(0, due.size());
        }
    }

    /** Whether rows are waiting, due or not. */
    public long pending() {
        return em.createQuery("select count(e) from OutboxEntry e", Long.class).getSingleResult();
    }

    static Duration backoff(int attemptsSoFar, Duration max) {
        long seconds = 1L << Math.min(attemptsSoFar, 16);
        return seconds >= max.toSeconds() ? max : Duration.ofSeconds(seconds);
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
