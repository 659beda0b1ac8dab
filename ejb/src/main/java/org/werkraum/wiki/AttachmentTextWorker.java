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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.shared.OneRunAtATime;

/**
 * Extracts the text of uploaded files two seconds after the previous run ended, on every node, until none waits.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttachmentTextWorker {

    private static final Logger LOG = Logger.getLogger(AttachmentTextWorker.class.getName());

    private static final int MAX_FILES_PER_RUN = 50;

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    @Inject
    AttachmentTexts texts;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final OneRunAtATime runs = new OneRunAtATime();
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::extractQuietly, 2, 2, TimeUnit.SECONDS);
    }

    /** Stops the schedule and waits for a file being read ({@link OneRunAtATime}). */
    @PreDestroy
    void stop() {
        schedule.cancel(false);
        runs.awaitEnd(STOP_WAIT);
    }

    private void extractQuietly() {
        if (!runs.start()) {
            return;
        }
        try {
            for (int i = 0; i < MAX_FILES_PER_RUN && texts.extractNext(); i++) {
                // the next file
            }
        } catch (RuntimeException e) {
            // a failed run must not end the schedule; the version waits for the next one
            LOG.log(Level.WARNING, "Extracting the text of files failed", e);
        } finally {
            runs.end();
        }
    }
}
