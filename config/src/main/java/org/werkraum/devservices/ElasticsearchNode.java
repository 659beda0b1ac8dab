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
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A single Elasticsearch node run from the unpacked distribution, with Werkraum's analysis plugin installed. The
 * node runs in the foreground as a child process; {@link #stop()} and {@link #start()} may alternate, keeping the
 * data, so that tests can take search away and bring it back.
 */
public final class ElasticsearchNode implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ElasticsearchNode.class.getName());
    private static final int PREFERRED_JAVA = 21;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PLUGIN_TIMEOUT = Duration.ofSeconds(120);
    private static final String PLUGIN_MARKER = "werkraum-plugin.installed";

    /**
     * @param home
     *            the unpacked distribution (holds {@code bin/elasticsearch})
     * @param pluginZip
     *            Werkraum's analysis plugin, or null to run without it
     * @param cleanDataDirectory
     *            true for tests: the data is deleted before the first start (but kept by stop and start)
     * @param security
     *            null for an open node on loopback (the tests' and the run command's); else the node runs as a
     *            production cluster does, with security on
     */
    public record Settings(
            Path home,
            Path pluginZip,
            int httpPort,
            int transportPort,
            Path dataDirectory,
            Path logsDirectory,
            String clusterName,
            boolean cleanDataDirectory,
            Security security) {

        /** An open node. */
        public Settings(
                Path home,
                Path pluginZip,
                int httpPort,
                int transportPort,
                Path dataDirectory,
                Path logsDirectory,
                String clusterName,
                boolean cleanDataDirectory) {
            this(
                    home,
                    pluginZip,
                    httpPort,
                    transportPort,
                    dataDirectory,
                    logsDirectory,
                    clusterName,
                    cleanDataDirectory,
                    null);
        }
    }

    /**
     * A node with security on: HTTPS with a certificate from its own certificate authority (made by
     * {@code elasticsearch-certutil}) and a file-realm user (made by {@code elasticsearch-users}) whose role may do
     * everything with the indices named {@code werkraum*} and nothing else. Its configuration lives in a folder of its
     * own, so that the distribution stays untouched.
     *
     * @param configDirectory
     *            the node's {@code ES_PATH_CONF}; {@link #caCertificate()} lies in it
     */
    public record Security(String username, String password, Path configDirectory) {

        /** The certificate authority (PEM) that signed the node's certificate: what clients must trust. */
        public Path caCertificate() {
            return configDirectory.toAbsolutePath().resolve("certs/ca/ca.crt");
        }

        @Override
        public String toString() {
            return "Security[" + username + ", password hidden, " + configDirectory + "]";
        }
    }

    private final Settings settings;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private boolean dataCleaned;

    public ElasticsearchNode(Settings settings) {
        this.settings = settings;
    }

    /**
     * Starts the node (installing or updating the plugin first) and returns once the cluster is yellow or green.
     * Does nothing if the node runs already.
     */
    public synchronized void start() throws IOException {
        if (isRunning()) {
            return;
        }
        long started = System.nanoTime();
        Path home = settings.home().toAbsolutePath();
        Path data = settings.dataDirectory().toAbsolutePath();
        Path logs = settings.logsDirectory().toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
            throw new IOException("No Elasticsearch distribution at " + home
                    + "; the config module unpacks it (mvn -f config/pom.xml generate-resources)");
        }
        stopStaleNode(logs.resolve("elasticsearch.pid"));
        LocalPorts.requireFree(settings.httpPort(), "HTTP of Elasticsearch");
        LocalPorts.requireFree(settings.transportPort(), "transport of Elasticsearch");
        if (settings.cleanDataDirectory() && !dataCleaned) {
            FileTrees.deleteContents(data);
            dataCleaned = true;
        }
        Files.createDirectories(data);
        Files.createDirectories(logs);

        NodeUser user = NodeUser.forThisProcess();
        user.own(home, data, logs);
        JavaHome java = JavaHome.forElasticsearch(PREFERRED_JAVA);
        Map<String, String> environment =
                Map.of("ES_JAVA_HOME", java.path().toString(), "ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        installPlugin(home, user, environment);
        if (settings.security() != null) {
            environment = secure(home, user, environment);
        }

        List<String> command = new ArrayList<>(ProcessTree.ownSession());
        command.addAll(user.commandPrefix());
        command.add(home.resolve("bin/elasticsearch").toString());
        command.addAll(List.of("-p", logs.resolve("elasticsearch.pid").toString()));
        setting(command, "cluster.name", settings.clusterName());
        setting(command, "node.name", settings.clusterName() + "-node");
        setting(command, "discovery.type", "single-node");
        setting(command, "network.host", "127.0.0.1");
        setting(command, "http.port", settings.httpPort());
        setting(command, "transport.port", settings.transportPort());
        setting(command, "path.data", data);
        setting(command, "path.logs", logs);
        if (settings.security() == null) {
            setting(command, "xpack.security.enabled", false);
        } else {
            // set explicitly, so that the node does not configure security on its own at its first start
            setting(command, "xpack.security.enabled", true);
            setting(command, "xpack.security.enrollment.enabled", false);
            setting(command, "xpack.security.http.ssl.enabled", true);
            setting(command, "xpack.security.http.ssl.key", "certs/node/node.key");
            setting(command, "xpack.security.http.ssl.certificate", "certs/node/node.crt");
            setting(command, "xpack.security.http.ssl.certificate_authorities", "certs/ca/ca.crt");
        }
        // this distribution has no machine learning; a full one (if werkraum.es.home points at it) should not start it
        setting(command, "xpack.ml.enabled", false);
        // a nearly full disk of a developer's machine must not turn the indices read-only
        setting(command, "cluster.routing.allocation.disk.threshold_enabled", false);

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(consoleLog().toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().putAll(environment);
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        "Starting Elasticsearch on port %s with Java %s (%s)%s",
                        settings.httpPort(),
                        java.majorVersion(),
                        java.path(),
                        user.isSwitched() ? " as user " + NodeUser.SYSTEM_USER : ""));
        process = builder.start();
        awaitHealthy();
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        "Elasticsearch ready at %s in %s ms (data: %s)",
                        url(), (System.nanoTime() - started) / 1_000_000, data));
    }

    private static void setting(List<String> command, String name, Object value) {
        command.add("-E" + name + "=" + value);
    }

    private void awaitHealthy() throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .GET();
        HttpClient client = http;
        Security security = settings.security();
        if (security != null) {
            String credentials = security.username() + ":" + security.password();
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .sslContext(trusting(security.caCertificate()))
                    .build();
        }
        HttpRequest health = request.build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                int exitCode = process.exitValue();
                process = null;
                throw failure("Elasticsearch exited with code " + exitCode + " while starting");
            }
            if (isHealthy(client, health)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw failure("Elasticsearch was not healthy within " + STARTUP_TIMEOUT.toSeconds() + " s");
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private boolean isHealthy(HttpClient client, HttpRequest health) throws IOException {
        try {
            HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
            // with wait_for_status the answer is 408 as long as the cluster is red
            return response.statusCode() == 200
                    && (response.body().contains("\"status\":\"green\"")
                            || response.body().contains("\"status\":\"yellow\""));
        } catch (IOException e) {
            // not listening yet, or busy starting
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    private IOException failure(String message) {
        return new IOException(message + "; the end of " + consoleLog() + ":\n" + tail(consoleLog(), 40));
    }

    /**
     * Prepares the configuration folder of a secured node once: a copy of the distribution's, the certificates, the
     * role and the user. Returns the environment that points the node at it.
     */
    private Map<String, String> secure(Path home, NodeUser user, Map<String, String> environment) throws IOException {
        Security security = settings.security();
        Path conf = security.configDirectory().toAbsolutePath();
        Map<String, String> secured = new HashMap<>(environment);
        secured.put("ES_PATH_CONF", conf.toString());
        if (Files.isRegularFile(conf.resolve("certs/node/node.crt")) && Files.isRegularFile(conf.resolve("users"))) {
            return secured;
        }
        FileTrees.copy(home.resolve("config"), conf);
        Files.writeString(
                conf.resolve("roles.yml"),
                "werkraum_app:\n  cluster: [ \"monitor\" ]\n  indices:\n    - names: [ \"werkraum*\" ]\n"
                        + "      privileges: [ \"all\" ]\n");
        Files.createDirectories(conf.resolve("certs"));
        user.own(conf);
        List<String> certutil = new ArrayList<>(user.commandPrefix());
        certutil.add(home.resolve("bin/elasticsearch-certutil").toString());
        Path caZip = conf.resolve("certs/ca.zip");
        Command.run(
                concat(certutil, "ca", "--pem", "--silent", "--days", "3650", "--out", caZip.toString()),
                secured,
                PLUGIN_TIMEOUT);
        unzip(caZip, conf.resolve("certs"));
        Path nodeZip = conf.resolve("certs/node.zip");
        user.own(conf);
        Command.run(
                concat(
                        certutil,
                        "cert",
                        "--pem",
                        "--silent",
                        "--ca-cert",
                        conf.resolve("certs/ca/ca.crt").toString(),
                        "--ca-key",
                        conf.resolve("certs/ca/ca.key").toString(),
                        "--ip",
                        "127.0.0.1",
                        "--dns",
                        "localhost",
                        "--name",
                        "node",
                        "--days",
                        "3650",
                        "--out",
                        nodeZip.toString()),
                secured,
                PLUGIN_TIMEOUT);
        unzip(nodeZip, conf.resolve("certs"));
        user.own(conf);
        List<String> users = new ArrayList<>(user.commandPrefix());
        users.add(home.resolve("bin/elasticsearch-users").toString());
        Command.run(
                concat(users, "useradd", security.username(), "-p", security.password(), "-r", "werkraum_app"),
                secured,
                PLUGIN_TIMEOUT);
        user.own(conf);
        return secured;
    }

    /** TLS that trusts exactly the certificates of one PEM file. */
    private static javax.net.ssl.SSLContext trusting(Path pem) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(pem)) {
            java.security.KeyStore trust = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (java.security.cert.Certificate certificate :
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trust.setCertificateEntry("ca-" + i++, certificate);
            }
            javax.net.ssl.TrustManagerFactory factory = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("cannot trust " + pem + ": " + e.getMessage(), e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (java.io.InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** Installs the plugin unless the same zip (by SHA-256) is installed already; replaces an older one. */
    private void installPlugin(Path home, NodeUser user, Map<String, String> environment) throws IOException {
        Path zip = settings.pluginZip();
        if (zip == null) {
            LOG.log(System.Logger.Level.INFO, "No plugin zip given: Elasticsearch runs without Werkraum's analysis");
            return;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IOException("Plugin zip " + zip + " not found; build search/analysis-plugin first");
        }
        String name = pluginName(zip);
        String fingerprint = name + " " + sha256(zip);
        Path marker = home.resolve(PLUGIN_MARKER);
        Path installed = home.resolve("plugins").resolve(name);
        if (Files.isDirectory(installed)
                && Files.isRegularFile(marker)
                && Files.readString(marker).strip().equals(fingerprint)) {
            return;
        }
        long started = System.nanoTime();
        Map<String, String> toolEnvironment = new HashMap<>(environment);
        // the plugin tool runs out of memory with its default heap (it scans the plugin's classes)
        toolEnvironment.put("CLI_JAVA_OPTS", "-Xmx1g");
        List<String> tool = new ArrayList<>(user.commandPrefix());
        tool.add(home.resolve("bin/elasticsearch-plugin").toString());
        if (Files.isDirectory(installed)) {
            Command.run(concat(tool, "remove", name), toolEnvironment, PLUGIN_TIMEOUT);
        }
        // a copy inside the node's folder is readable by the node's user wherever the original lies
        Path copy = home.resolve("werkraum-plugin.zip");
        Files.copy(zip, copy, StandardCopyOption.REPLACE_EXISTING);
        user.own(copy);
        Command.run(concat(tool, "install", "-b", copy.toUri().toString()), toolEnvironment, PLUGIN_TIMEOUT);
        Files.writeString(marker, fingerprint + "\n");
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        "Installed plugin %s from %s in %s ms", name, zip, (System.nanoTime() - started) / 1_000_000));
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    /** The plugin's name from its descriptor (stable or classic plugin). */
    private static String pluginName(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (String descriptor : List.of("stable-plugin-descriptor.properties", "plugin-descriptor.properties")) {
                ZipEntry entry = file.getEntry(descriptor);
                if (entry != null) {
                    Properties properties = new Properties();
                    try (InputStream in = file.getInputStream(entry)) {
                        properties.load(in);
                    }
                    String name = properties.getProperty("name");
                    if (name != null && !name.isBlank()) {
                        return name.strip();
                    }
                }
            }
        }
        throw new IOException("No plugin descriptor with a name in " + zip);
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A node of an earlier run that was killed before it could stop its child would hold the ports and data. */
    private static void stopStaleNode(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().orElse("").contains("org.elasticsearch"))
                    .ifPresent(p -> {
                        LOG.log(System.Logger.Level.WARNING, "Stopping Elasticsearch left running as process " + pid);
                        ProcessTree.terminate(p, STOP_TIMEOUT);
                    });
        } catch (NumberFormatException e) {
            // not a pid: nothing to stop
        }
        Files.deleteIfExists(pidFile);
    }

    /** Stops the node (and its child processes) and waits until it is gone; the data stays. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        long started = System.nanoTime();
        boolean graceful = ProcessTree.terminate(process.toHandle(), STOP_TIMEOUT);
        process = null;
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        "Elasticsearch stopped%s in %s ms",
                        graceful ? "" : " (killed)", (System.nanoTime() - started) / 1_000_000));
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The base URL of the node's HTTP API, e.g. {@code http://127.0.0.1:9200} ({@code https} when secured). */
    public String url() {
        return (settings.security() == null ? "http" : "https") + "://127.0.0.1:" + settings.httpPort();
    }

    public int httpPort() {
        return settings.httpPort();
    }

    /** Standard output and error of the node (the same lines as its log file). */
    public Path consoleLog() {
        return settings.logsDirectory().toAbsolutePath().resolve("console.log");
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) throws IOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for Elasticsearch", e);
        }
    }
}
