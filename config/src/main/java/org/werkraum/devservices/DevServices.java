package org.werkraum.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The local services Werkraum needs, started together: PostgreSQL, the mail sink and Elasticsearch. Closing stops
 * them in reverse order.
 */
public final class DevServices implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DevServices.class.getName());

    /** What to start; a null part is not started. */
    public record Settings(
            EmbeddedDatabase.Settings database, MailSink.Settings mail, ElasticsearchNode.Settings elasticsearch) {}

    private final EmbeddedDatabase database;
    private final MailSink mail;
    private final ElasticsearchNode elasticsearch;
    private CompletableFuture<Void> elasticsearchStarting = CompletableFuture.completedFuture(null);
    private Thread closeOnExit;
    private boolean closed;

    private DevServices(Settings settings) {
        database = settings.database() == null ? null : new EmbeddedDatabase(settings.database());
        mail = settings.mail() == null ? null : new MailSink(settings.mail());
        elasticsearch = settings.elasticsearch() == null ? null : new ElasticsearchNode(settings.elasticsearch());
    }

    /** Starts the services the settings name; if one fails, those already started are stopped again. */
    public static DevServices start(Settings settings) throws IOException {
        DevServices services = startDatabaseAndMail(settings);
        try {
            if (services.elasticsearch != null) {
                services.elasticsearch.start();
            }
            return services;
        } catch (IOException | RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Starts PostgreSQL and the mail sink, and Elasticsearch (which takes longest) alongside in the background, so
     * that the caller can start what needs only the database meanwhile; {@link #awaitElasticsearch()} waits for it.
     */
    public static DevServices startElasticsearchInBackground(Settings settings) throws IOException {
        DevServices services = startDatabaseAndMail(settings);
        if (services.elasticsearch != null) {
            services.elasticsearchStarting = CompletableFuture.runAsync(() -> {
                try {
                    services.elasticsearch.start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return services;
    }

    /** PostgreSQL and the mail sink, as far as the settings name them; stopped again if one fails. */
    private static DevServices startDatabaseAndMail(Settings settings) throws IOException {
        DevServices services = new DevServices(settings);
        try {
            if (services.database != null) {
                services.database.start();
            }
            if (services.mail != null) {
                services.mail.start();
            }
            return services;
        } catch (IOException | RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** Returns once Elasticsearch answers; throws what stopped it from starting. */
    public void awaitElasticsearch() throws IOException {
        try {
            elasticsearchStarting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /**
     * Also closes the services when the JVM exits without {@link #close()}, e.g. a test run stopped with Ctrl-C;
     * the node runs in its own session and would otherwise outlive us.
     */
    public synchronized DevServices closeOnJvmExit() {
        if (closeOnExit == null && !closed) {
            closeOnExit = new Thread(this::close, "werkraum-dev-services-shutdown");
            Runtime.getRuntime().addShutdownHook(closeOnExit);
        }
        return this;
    }

    public EmbeddedDatabase database() {
        return require(database, "db");
    }

    public MailSink mail() {
        return require(mail, "mail");
    }

    public ElasticsearchNode elasticsearch() {
        return require(elasticsearch, "es");
    }

    public boolean hasDatabase() {
        return database != null;
    }

    public boolean hasMail() {
        return mail != null;
    }

    public boolean hasElasticsearch() {
        return elasticsearch != null;
    }

    private static <T> T require(T service, String name) {
        if (service == null) {
            throw new IllegalStateException("Service '" + name + "' was not started; for tests list it in the"
                    + " system property " + TestServicesListener.SERVICES + " (e.g. db,es,mail)");
        }
        return service;
    }

    /** Stops Elasticsearch, the mail sink and PostgreSQL, in this order; calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (closeOnExit != null && Thread.currentThread() != closeOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeOnExit);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already
            }
        }
        // one failing service must not keep the others running
        stopQuietly("Elasticsearch", elasticsearch);
        stopQuietly("the mail sink", mail);
        stopQuietly("PostgreSQL", database);
    }

    private static void stopQuietly(String name, AutoCloseable service) {
        if (service == null) {
            return;
        }
        try {
            service.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "Could not stop " + name, e);
        }
    }
}
