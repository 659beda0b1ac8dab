package org.werkraum.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.werkraum.devservices.ElasticsearchNode;
import org.werkraum.search.DocumentType;
import org.werkraum.search.Principals;
import org.werkraum.search.SearchDocument;
import org.werkraum.search.SearchQuery;
import org.werkraum.search.SearchUnavailableException;

/**
 * The adapter against a node run as a production cluster is: security on, HTTPS with a certificate of its own
 * certificate authority, a file-realm user whose role reaches only the {@code werkraum*} indices. API keys could not
 * be shown here: this distribution lacks the analysis module that the security index needs to store them.
 */
class SecuredElasticsearchIT {

    private static final String USER = "werkraum-app";
    private static final String PASSWORD = "geheim-und-lang-2026";
    private static ElasticsearchNode node;
    private static ElasticsearchNode.Security security;

    @BeforeAll
    static void startSecuredNode() throws IOException {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "secured-es-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        security = new ElasticsearchNode.Security(USER, PASSWORD, work.resolve("config"));
        String plugin = System.getProperty("werkraum.es.plugin");
        node = new ElasticsearchNode(new ElasticsearchNode.Settings(
                Path.of(System.getProperty("werkraum.es.home")),
                plugin == null || plugin.isBlank() ? null : Path.of(plugin),
                freePort(),
                freePort(),
                work.resolve("data"),
                work.resolve("logs"),
                "werkraum-secured",
                true,
                security));
        node.start();
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aUserAndTheClustersCertificateAuthorityGetIn() {
        ElasticsearchSettings settings = ElasticsearchSettings.of(URI.create(node.url()), "werkraum-secured")
                .withUser(USER, PASSWORD)
                .withCaCertificate(security.caCertificate());
        assertThat(node.url()).startsWith("https://");

        try (ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(settings)) {
            assertThat(index.isAvailable()).isTrue();
            index.ensureIndices();
            index.apply(List.of(document("1", "Vertrauliche Quartalszahlen")), List.of());
            index.refresh();

            assertThat(index.search(new SearchQuery("Quartalszahlen", Set.of(Principals.EVERYONE), Set.of(), 0, 10))
                            .total())
                    .isEqualTo(1);
        }
    }

    @Test
    void withoutCredentialsOrTrustNothingGetsThrough() {
        URI url = URI.create(node.url());
        try (ElasticsearchSearchIndex anonymous = new ElasticsearchSearchIndex(
                        ElasticsearchSettings.of(url, "werkraum-secured").withCaCertificate(security.caCertificate()));
                ElasticsearchSearchIndex wrongPassword =
                        new ElasticsearchSearchIndex(ElasticsearchSettings.of(url, "werkraum-secured")
                                .withUser(USER, "falsch-falsch")
                                .withCaCertificate(security.caCertificate()));
                ElasticsearchSearchIndex untrusted = new ElasticsearchSearchIndex(
                        ElasticsearchSettings.of(url, "werkraum-secured").withUser(USER, PASSWORD));
                ElasticsearchSearchIndex foreignKey =
                        new ElasticsearchSearchIndex(ElasticsearchSettings.of(url, "werkraum-secured")
                                .withApiKey("bm8taWQ6bm8ta2V5")
                                .withCaCertificate(security.caCertificate()))) {
            for (ElasticsearchSearchIndex index : List.of(anonymous, wrongPassword, untrusted, foreignKey)) {
                assertThat(index.isAvailable()).isFalse();
                assertThatThrownBy(index::ensureIndices).isInstanceOf(SearchUnavailableException.class);
            }
        }
    }

    @Test
    void theUsersRoleReachesOnlyWerkraumsIndices() {
        ElasticsearchSettings elsewhere = ElasticsearchSettings.of(URI.create(node.url()), "other-application")
                .withUser(USER, PASSWORD)
                .withCaCertificate(security.caCertificate());

        try (ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(elsewhere)) {
            assertThatThrownBy(index::ensureIndices)
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessageContaining("security_exception");
        }
    }

    private static SearchDocument document(String id, String title) {
        return new SearchDocument(
                id,
                DocumentType.COMMUNITY,
                title,
                "",
                List.of(),
                List.of(),
                null,
                id,
                Set.of(Principals.EVERYONE),
                Instant.parse("2026-11-29T08:00:00Z"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
