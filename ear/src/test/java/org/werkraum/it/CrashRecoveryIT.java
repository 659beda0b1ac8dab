package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A second Werkraum node (the same server and EAR, its own ports, the same database and Elasticsearch) is killed with
 * {@code kill -9} in the middle of a stream of writes through REST and started again: every write that had been
 * answered 2xx is in the database and, once the outbox caught up, in search.
 */
@ExtendWith(ArquillianExtension.class)
class CrashRecoveryIT {

    /**
     * Ports below the kernel's ephemeral range (32768 and up), where no outgoing connection of the tests, the browser
     * or its driver can hold one of them: at offset 51000 the node once found 59080 taken and never came up.
     */
    private static final int PORT_OFFSET = 21000;

    private static final String BASE = "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/werkraum";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillNine() throws Exception {
        Path node = prepareNode();
        Process server = start(node);
        try {
            awaitReady(Duration.ofSeconds(180));
            Api token = Api.bearer(Api.as("olivia.king")
                    .post("/api/people/me/tokens", Map.of("name", "crash test"))
                    .json()
                    .get("secret")
                    .asText());
            Api crashNode = token.at(BASE);
            String marker = "Absturz" + UUID.randomUUID().toString().substring(0, 8);
            List<long[]> acknowledged = new CopyOnWriteArrayList<>();
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    Api.Reply reply;
                    try {
                        reply = crashNode.post(
                                "/api/communities",
                                Map.of("name", marker + " " + i, "description", "", "type", "PUBLIC"));
                    } catch (AssertionError connectionLost) {
                        return;
                    }
                    if (reply.status() == 201) {
                        acknowledged.add(new long[] {i, reply.json().get("id").asLong()});
                    } else if (reply.status() >= 500) {
                        return;
                    }
                }
            });
            writer.start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (acknowledged.size() < 40 && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            killNine(server);
            writer.join(30_000);
            assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(40);

            server = start(node);
            awaitReady(Duration.ofSeconds(180));
            Api reader = Api.as("olivia.king").at(BASE);
            for (long[] write : acknowledged) {
                Api.Reply stored = reader.get("/api/communities/" + write[1]);
                assertThat(stored.status())
                        .as("write " + write[0] + " after the restart")
                        .isEqualTo(200);
                assertThat(stored.json().get("name").asText()).isEqualTo(marker + " " + write[0]);
            }
            Instant searchDeadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Search.total(reader, marker) < acknowledged.size()) {
                assertThat(Instant.now())
                        .as("all acknowledged writes searchable")
                        .isBefore(searchDeadline);
                Thread.sleep(250);
            }
            System.out.printf(
                    "crash test: %d writes acknowledged before kill -9, all found after restart%n",
                    acknowledged.size());
        } finally {
            killNine(server);
        }
    }

    /** A server base folder of its own (configuration copied from the provisioned server) with the EAR to deploy. */
    private static Path prepareNode() throws IOException {
        Path home = Path.of(System.getProperty("werkraum.server.home"));
        Path node = Path.of("target", "crash-node").toAbsolutePath();
        if (Files.exists(node)) {
            try (Stream<Path> old = Files.walk(node)) {
                old.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Path configuration = home.resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path source : files.toList()) {
                Path target = node.resolve("configuration")
                        .resolve(configuration.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().startsWith("standalone_xml_history")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // the test server's own deployment (made by Arquillian) is recorded in its configuration; not ours
        Path xml = node.resolve("configuration/standalone.xml");
        Files.writeString(xml, Files.readString(xml).replaceAll("(?s)<deployments>.*?</deployments>", ""));
        Files.createDirectories(node.resolve("deployments"));
        Files.copy(
                Path.of(System.getProperty("werkraum.ear")),
                node.resolve("deployments/werkraum.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        return node;
    }

    private static Process start(Path node) throws IOException {
        Path home = Path.of(System.getProperty("werkraum.server.home"));
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + node,
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                "-Dwerkraum.db.port=" + System.getProperty("werkraum.test.db.port"),
                "-Dwerkraum.es.url=http://127.0.0.1:" + System.getProperty("werkraum.test.es.port"),
                "-Dwerkraum.es.index-prefix=werkraum-test",
                "-Dwerkraum.smtp.port=" + System.getProperty("werkraum.test.smtp.port"),
                "-Dwerkraum.indexer.max-backoff-seconds=4"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        node.resolve("console.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx512m");
        return builder.start();
    }

    /** SIGKILL to the server's JVM (and the script that started it): no shutdown hook, no clean close. */
    private static void killNine(Process server) {
        server.descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        server.descendants().forEach(p -> p.onExit().join());
        server.onExit().join();
    }

    private static void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create(BASE + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the second node was not ready within " + timeout);
    }
}
