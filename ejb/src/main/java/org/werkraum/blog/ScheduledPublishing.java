package org.werkraum.blog;

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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes scheduled posts when their time has come: every few seconds, on every node. The posts are taken with
 * {@code SKIP LOCKED} (see {@link BlogService#publishDue}), so that nodes never publish one twice and need no leader;
 * a node that was down catches up with whatever fell due meanwhile.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledPublishing {

    /** How many posts one transaction publishes; more wait for the next round a moment later. */
    static final int BATCH_SIZE = 100;

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());

    @Inject
    BlogService blogs;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        long seconds = Long.getLong("werkraum.blog.schedule-check-seconds", 5);
        schedule = scheduler.scheduleWithFixedDelay(this::publishQuietly, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    private void publishQuietly() {
        try {
            int published;
            do {
                published = blogs.publishDue(BATCH_SIZE);
            } while (published == BATCH_SIZE);
        } catch (RuntimeException e) {
            // the posts stay scheduled for the next round
            LOG.log(Level.WARNING, "Publishing the scheduled posts failed", e);
        }
    }
}
