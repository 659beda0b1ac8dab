package org.werkraum.bench.generator;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL with Werkraum's schema (the Flyway migrations of the ejb module, applied in order) and a
 * few rows like the demo data's: the company "Werkraum AG" with its head anna.schmidt, a division, lena.vogel, a
 * thomas.mueller whose login the generator must not hand out again, and the community "Berlin Office".
 */
final class ScratchDatabase implements AutoCloseable {

    static final String NAME = "werkraum";
    static final String USER = "werkraum";
    static final String PASSWORD = "werkraum";
    static final String DEMO_PASSWORD_HASH = "PBKDF2WithHmacSHA256:210000:c2NyYXRjaC1zYWx0:c2NyYXRjaC1oYXNo";

    private final EmbeddedPostgres postgres;

    private ScratchDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static ScratchDatabase start(int port) throws IOException, SQLException {
        // durable like the run command's PostgreSQL, so that timings are not flattered
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        ScratchDatabase database = new ScratchDatabase(postgres);
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            statement.execute("create database " + NAME + " owner " + USER + " encoding 'UTF8'");
        }
        database.migrate();
        database.seed();
        return database;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + NAME;
    }

    int port() {
        return postgres.getPort();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /** The generator's flags for this database. */
    List<String> flags() {
        return List.of("--db-host", "localhost", "--db-port", String.valueOf(port()), "--db-name", NAME);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private void migrate() throws IOException, SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (Path migration : migrations()) {
                String sql = Files.readString(migration);
                if (sql.contains("${")) {
                    throw new IllegalStateException(migration + " uses a Flyway placeholder; give it a value here");
                }
                statement.execute(sql);
            }
        }
    }

    /** V1__….sql, V2__….sql, … from the ejb module, by version number. */
    private static List<Path> migrations() throws IOException {
        Path folder = migrationFolder();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(file ->
                            Integer.parseInt(file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
        }
    }

    /** Given by the build, else looked for above the working directory. */
    private static Path migrationFolder() {
        String configured = System.getProperty("werkraum.migrations");
        if (configured != null) {
            return Path.of(configured);
        }
        Path relative = Path.of("ejb/src/main/resources/db/migration");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(
                "no " + relative + " above " + Path.of("").toAbsolutePath());
    }

    private void seed() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "insert into org_unit (code, name, kind) values ('werkraum-ag-1', 'Werkraum AG', 'COMPANY')");
            statement.execute("insert into org_unit (code, name, kind, parent_id) select 'engineering-2',"
                    + " 'Engineering', 'DIVISION', id from org_unit where code = 'werkraum-ag-1'");
            statement.execute("insert into person (login, display_name, email, title, org_unit_id, location,"
                    + " password_hash) select 'anna.schmidt', 'Anna Schmidt', 'anna.schmidt@werkraum.example',"
                    + " 'Chief Executive Officer', id, 'Berlin', '" + DEMO_PASSWORD_HASH + "' from org_unit"
                    + " where code = 'werkraum-ag-1'");
            statement.execute("insert into person (login, display_name, email, org_unit_id, manager_id, password_hash)"
                    + " select 'lena.vogel', 'Lena Vogel', 'lena.vogel@werkraum.example', u.id, p.id, '"
                    + DEMO_PASSWORD_HASH + "' from org_unit u, person p where u.code = 'engineering-2'"
                    + " and p.login = 'anna.schmidt'");
            statement.execute("insert into person (login, display_name, email) values ('thomas.mueller',"
                    + " 'Thomas Müller', 'thomas.mueller@werkraum.example')");
            statement.execute("insert into person_role (person_id, role) select id, 'EMPLOYEE' from person");
            statement.execute("insert into community (name, description, type, created_by) select 'Berlin Office',"
                    + " 'Everything about our Berlin office.', 'PUBLIC', id from person where login = 'lena.vogel'");
            statement.execute("insert into community_membership (community_id, person_id, role, status)"
                    + " select c.id, p.id, 'OWNER', 'ACTIVE' from community c, person p where p.login = 'lena.vogel'");
        }
    }
}
