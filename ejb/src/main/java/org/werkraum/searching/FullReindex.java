package org.werkraum.searching;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.search.IndexFamily;
import org.werkraum.search.Rejection;
import org.werkraum.search.SearchDocument;
import org.werkraum.search.SearchIndex;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;

/**
 * Rebuilds every search index from the database, family by family, into new indices behind the alias swap: search
 * keeps answering from the old indices until each new one is complete. Started by an admin; runs in the background
 * on the node where it was started; its progress is in PostgreSQL for every node to show. What the indexer writes
 * while it runs is written again after the swap (see {@link ReindexRecords}).
 */
@ApplicationScoped
public class FullReindex {

    private static final Logger LOG = Logger.getLogger(FullReindex.class.getName());
    static final int CHUNK = 500;

    @Inject
    ReindexRecords records;

    @Inject
    SearchIndex index;

    @Inject
    DocumentBuilds builds;

    @Inject
    DocumentIds ids;

    @Inject
    AccessPolicy policy;

    @Inject
    @Any
    Instance<DocumentSource> sources;

    @Resource
    ManagedExecutorService executor;

    /**
     * Starts a full reindex in the background.
     *
     * @throws org.werkraum.shared.ConflictException
     *             when one is running already, here or on another node
     */
    public ReindexProgress start(Caller caller) {
        requireAdmin(caller);
        long id = records.begin(caller.personId());
        executor.submit(() -> run(id));
        return records.latest().orElseThrow();
    }

    /** The latest reindex, running or ended. */
    public Optional<ReindexProgress> latest(Caller caller) {
        requireAdmin(caller);
        return records.latest();
    }

    private void run(long reindexId) {
        try {
            List<DocumentSource> all = new ArrayList<>();
            sources.forEach(all::add);
            List<List<String>> idsBySource = new ArrayList<>();
            long total = 0;
            for (DocumentSource source : all) {
                List<String> sourceIds = ids.of(source);
                idsBySource.add(sourceIds);
                total += sourceIds.size();
            }
            records.progress(reindexId, 0, total);
            AtomicLong done = new AtomicLong();
            List<Rejection> refused = new ArrayList<>();
            for (IndexFamily family : IndexFamily.values()) {
                List<Iterable<SearchDocument>> parts = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).type().family() == family) {
                        parts.add(chunked(reindexId, all.get(i), idsBySource.get(i), done, total));
                    }
                }
                index.reindex(family, concat(parts), refused::add);
            }
            records.finish(reindexId, refused.stream().map(Rejection::ref).toList());
            if (!refused.isEmpty()) {
                LOG.warning(() -> refused.size() + " documents were refused by Elasticsearch during the full reindex;"
                        + " the indexer tries them again and sets them aside for admins if they keep failing");
            }
            LOG.info(() -> "Full reindex done: " + done.get() + " documents");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Full reindex failed; search keeps the indices it had", e);
            records.fail(reindexId, e.getMessage());
        }
    }

    /** The documents of one source, built a chunk at a time in transactions of their own, reporting progress. */
    private Iterable<SearchDocument> chunked(
            long reindexId, DocumentSource source, List<String> sourceIds, AtomicLong done, long total) {
        return () -> new Iterator<>() {
            private int next;
            private Iterator<SearchDocument> chunk = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && next < sourceIds.size()) {
                    List<String> slice = sourceIds.subList(next, Math.min(next + CHUNK, sourceIds.size()));
                    next += slice.size();
                    chunk = builds.build(source, slice).values().iterator();
                    records.progress(reindexId, done.addAndGet(slice.size()), total);
                }
                return chunk.hasNext();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunk.next();
            }
        };
    }

    private static Iterable<SearchDocument> concat(List<Iterable<SearchDocument>> parts) {
        return () -> parts.stream()
                .flatMap(part -> java.util.stream.StreamSupport.stream(part.spliterator(), false))
                .iterator();
    }

    private void requireAdmin(Caller caller) {
        if (!policy.canAdministerSearch(caller)) {
            throw new AccessDeniedException("error.search.adminOnly", "only admins administer search");
        }
    }
}
