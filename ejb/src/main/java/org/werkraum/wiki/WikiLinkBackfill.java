package org.werkraum.wiki;

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
import java.util.logging.Logger;
import org.werkraum.shared.BatchesEvery;

/**
 * Records the links of pages saved before links were recorded, and renders them again, a hundred every five seconds
 * on every node, until none is left ({@link PageLinks#recordNextEarlierPage}); after that one query per batch.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WikiLinkBackfill {

    @Inject
    PageLinks links;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private BatchesEvery batches;

    @PostConstruct
    void start() {
        batches = new BatchesEvery(
                "Recording the links of earlier pages",
                100,
                () -> links.recordNextEarlierPage(),
                Logger.getLogger(WikiLinkBackfill.class.getName()));
        batches.start(scheduler, Duration.ofSeconds(5));
    }

    @PreDestroy
    void stop() {
        batches.stop();
    }
}
