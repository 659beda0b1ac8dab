package org.werkraum.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DevServicesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    /** The run command's database keeps what it acknowledged; the tests' database trades that for speed. */
    @Test
    void theRunCommandsDatabaseIsDurableAndTheTestsDatabaseIsNot() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "durable-test-");
        List<Integer> ports = freePorts(2);
        try (EmbeddedDatabase durable = new EmbeddedDatabase(
                        new EmbeddedDatabase.Settings(ports.get(0), work.resolve("durable"), true, true));
                EmbeddedDatabase fast =
                        new EmbeddedDatabase(new EmbeddedDatabase.Settings(ports.get(1), work.resolve("fast"), true))) {
            durable.start();
            fast.start();

            assertThat(setting(durable, "fsync")).isEqualTo("on");
            assertThat(setting(durable, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(durable, "full_page_writes")).isEqualTo("on");
            assertThat(setting(fast, "synchronous_commit")).isEqualTo("off");
        }
    }

    private static String setting(EmbeddedDatabase database, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show " + name)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }

    @Test
    void databaseMailAndElasticsearchRunAndElasticsearchKeepsItsDataAcrossARestart() throws Exception {
        // below target rather than /tmp: a temporary folder is closed to others, and the node may run as another user
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "devservices-test-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<Integer> ports = freePorts(6);
        String plugin = System.getProperty("werkraum.es.plugin", "");
        Path pluginZip = plugin.isBlank() || !Files.isRegularFile(Path.of(plugin)) ? null : Path.of(plugin);
        DevServices.Settings settings = new DevServices.Settings(
                new EmbeddedDatabase.Settings(ports.get(0), work.resolve("db"), true),
                new MailSink.Settings(ports.get(1), ports.get(2)),
                new ElasticsearchNode.Settings(
                        Path.of(System.getProperty("werkraum.es.home")),
                        pluginZip,
                        ports.get(3),
                        ports.get(4),
                        work.resolve("es-data"),
                        work.resolve("es-logs"),
                        "werkraum-test",
                        true));

        try (DevServices services = DevServices.start(settings)) {
            try (Connection connection = DriverManager.getConnection(
                            services.database().jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select 1, current_user, current_database()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(1);
                assertThat(result.getString(2)).isEqualTo("werkraum");
                assertThat(result.getString(3)).isEqualTo("werkraum");
            }

            sendMail(services.mail().smtpPort(), "anna@werkraum.test", "Grüße aus dem Werkraum");
            assertThat(services.mail().greenMail().waitForIncomingEmail(5_000, 1))
                    .isTrue();
            MimeMessage received = services.mail().greenMail().getReceivedMessages()[0];
            assertThat(received.getSubject()).isEqualTo("Grüße aus dem Werkraum");
            assertThat(received.getAllRecipients()[0].toString()).isEqualTo("anna@werkraum.test");

            ElasticsearchNode node = services.elasticsearch();
            assertThat(get(node.url() + "/_cluster/health")).containsPattern("\"status\":\"(green|yellow)\"");
            if (pluginZip != null) {
                System.out.println("Plugins: " + get(node.url() + "/_cat/plugins?v"));
            }
            put(node.url() + "/probe/_doc/1?refresh=true", "{\"title\":\"Häuser am See\"}");

            node.stop();
            assertThat(LocalPorts.isFree(node.httpPort())).isTrue();
            node.start();
            assertThat(get(node.url() + "/_cluster/health")).containsPattern("\"status\":\"(green|yellow)\"");
            assertThat(get(node.url() + "/probe/_doc/1")).contains("Häuser am See");
        }

        for (int port : ports.subList(0, 5)) {
            assertThat(LocalPorts.isFree(port))
                    .as("port %d is free again", port)
                    .isTrue();
        }
        assertThat(work.resolve("db")).doesNotExist();
        FileTrees.deleteContents(work); // kept when the test fails, for its logs
        Files.delete(work);
    }

    private static void sendMail(int smtpPort, String to, String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("werkraum@localhost"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("Hallo Anna!", "UTF-8");
        Transport.send(message);
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", url, response.body()).isEqualTo(200);
        return response.body();
    }

    private void put(String url, String json) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("PUT %s: %s", url, response.body()).isBetween(200, 201);
    }

    private static List<Integer> freePorts(int count) {
        Set<Integer> ports = new LinkedHashSet<>();
        while (ports.size() < count) {
            ports.add(LocalPorts.findFree());
        }
        return List.copyOf(ports);
    }
}
