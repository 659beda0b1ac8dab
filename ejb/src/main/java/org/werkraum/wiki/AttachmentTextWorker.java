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
 * Extracts the text of uploaded files two seconds after the previous run ended, on every node, until none waits.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttachmentTextWorker {

    @Inject
    AttachmentTexts texts;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private BatchesEvery batches;

    @PostConstruct
    void start() {
        batches = new BatchesEvery(
                "Extracting the text of files",
                50,
                () -> texts.extractNext(),
                Logger.getLogger(AttachmentTextWorker.class.getName()));
        batches.start(scheduler, Duration.ofSeconds(2));
    }

    /** Stops the schedule and waits for a file being read. */
    @PreDestroy
    void stop() {
        batches.stop();
    }
}
