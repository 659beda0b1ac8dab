package org.werkraum.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the dev services once per test run (JUnit launcher session) and stops them at its end. A module opts in
 * by naming this class in its own
 * {@code src/test/resources/META-INF/services/org.junit.platform.launcher.LauncherSessionListener} and passing
 * system properties (surefire/failsafe {@code systemPropertyVariables}):
 * <ul>
 * <li>{@value #SERVICES}: which services, any of {@code db,es,mail}; none if absent</li>
 * <li>{@code werkraum.test.db.port}, {@code werkraum.test.es.port}, {@code werkraum.test.smtp.port},
 * {@code werkraum.test.imap.port}: the ports of the requested services; optionally
 * {@code werkraum.test.es.transport.port} (default: HTTP port + 100)</li>
 * <li>{@code werkraum.es.home}: the unpacked Elasticsearch; {@code werkraum.es.plugin}: the analysis plugin zip
 * (empty: none)</li>
 * <li>{@value #WORK_DIR}: where data and logs go, default {@code target/devservices}</li>
 * </ul>
 * Ports are fixed, so a module runs its tests in one JVM (surefire's default {@code forkCount=1}).
 */
public final class TestServicesListener implements LauncherSessionListener {

    public static final String SERVICES = "werkraum.test.services";
    public static final String WORK_DIR = "werkraum.test.workdir";

    private static final System.Logger LOG = System.getLogger(TestServicesListener.class.getName());
    private static final Set<String> KNOWN = Set.of("db", "es", "mail");

    private DevServices services;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        DevServices.Settings settings = settingsFrom(System.getProperties());
        if (settings.database() == null && settings.mail() == null && settings.elasticsearch() == null) {
            LOG.log(System.Logger.Level.INFO, "No test services requested (" + SERVICES + " is empty)");
            return;
        }
        try {
            services = DevServices.start(settings).closeOnJvmExit();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test services", e);
        }
        TestServices.set(services);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (services != null) {
            TestServices.set(null);
            services.close();
            services = null;
        }
    }

    /** The services and their settings that the (system) properties ask for. */
    static DevServices.Settings settingsFrom(Properties properties) {
        Set<String> wanted = Arrays.stream(properties.getProperty(SERVICES, "").split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
        if (!KNOWN.containsAll(wanted)) {
            throw new IllegalArgumentException(SERVICES + " lists " + wanted + "; known are " + KNOWN);
        }
        Path workDir =
                Path.of(properties.getProperty(WORK_DIR, "target/devservices")).toAbsolutePath();

        EmbeddedDatabase.Settings database = null;
        if (wanted.contains("db")) {
            database = new EmbeddedDatabase.Settings(
                    port(properties, "werkraum.test.db.port"), workDir.resolve("db"), true);
        }
        MailSink.Settings mail = null;
        if (wanted.contains("mail")) {
            mail = new MailSink.Settings(
                    port(properties, "werkraum.test.smtp.port"), port(properties, "werkraum.test.imap.port"));
        }
        ElasticsearchNode.Settings elasticsearch = null;
        if (wanted.contains("es")) {
            int httpPort = port(properties, "werkraum.test.es.port");
            String transport = properties
                    .getProperty("werkraum.test.es.transport.port", "")
                    .strip();
            String plugin = properties.getProperty("werkraum.es.plugin", "").strip();
            elasticsearch = new ElasticsearchNode.Settings(
                    Path.of(required(properties, "werkraum.es.home")),
                    plugin.isEmpty() ? null : Path.of(plugin),
                    httpPort,
                    transport.isEmpty() ? httpPort + 100 : Integer.parseInt(transport),
                    workDir.resolve("es-data"),
                    workDir.resolve("es-logs"),
                    "werkraum-test",
                    true);
        }
        return new DevServices.Settings(database, mail, elasticsearch);
    }

    private static int port(Properties properties, String name) {
        String value = required(properties, name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("System property " + name + " must be a port number, not " + value);
        }
    }

    private static String required(Properties properties, String name) {
        String value = properties.getProperty(name, "").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(
                    "System property " + name + " is required by " + SERVICES + "=" + properties.getProperty(SERVICES));
        }
        return value;
    }
}
