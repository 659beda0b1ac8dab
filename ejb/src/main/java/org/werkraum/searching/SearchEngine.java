package org.werkraum.searching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.werkraum.search.SearchIndex;
import org.werkraum.search.elasticsearch.ElasticsearchSearchIndex;
import org.werkraum.search.elasticsearch.ElasticsearchSettings;

/**
 * Connects to Elasticsearch as WildFly's system properties say ({@code werkraum.elasticsearch.url},
 * {@code werkraum.elasticsearch.index-prefix} and {@code werkraum.elasticsearch.timeout-seconds}, set by the CLI script
 * in {@code config/}). A cluster with security on takes {@code werkraum.elasticsearch.username} and {@code .password}
 * or {@code .api-key}, and {@code .ca-certificate} (a PEM file) for its HTTPS certificate; each also as an environment
 * variable ({@code WERKRAUM_ES_USERNAME}, {@code WERKRAUM_ES_PASSWORD}, {@code WERKRAUM_ES_API_KEY},
 * {@code WERKRAUM_ES_CA_CERTIFICATE}).
 */
@ApplicationScoped
public class SearchEngine {

    @Produces
    @ApplicationScoped
    SearchIndex searchIndex() {
        String url = System.getProperty("werkraum.elasticsearch.url", "http://127.0.0.1:9200");
        String prefix = System.getProperty("werkraum.elasticsearch.index-prefix", "werkraum");
        // a person waits for a search: better a quick "search is unavailable" than a page that hangs
        Duration timeout = Duration.ofSeconds(Long.getLong("werkraum.elasticsearch.timeout-seconds", 10));
        ElasticsearchSettings settings = ElasticsearchSettings.of(URI.create(url), prefix)
                .withTimeouts(ElasticsearchSettings.DEFAULT_CONNECT_TIMEOUT, timeout)
                .withUser(
                        setting("werkraum.elasticsearch.username", "WERKRAUM_ES_USERNAME"),
                        setting("werkraum.elasticsearch.password", "WERKRAUM_ES_PASSWORD"))
                .withApiKey(setting("werkraum.elasticsearch.api-key", "WERKRAUM_ES_API_KEY"));
        String ca = setting("werkraum.elasticsearch.ca-certificate", "WERKRAUM_ES_CA_CERTIFICATE");
        if (ca != null) {
            settings = settings.withCaCertificate(Path.of(ca));
        }
        return new ElasticsearchSearchIndex(settings);
    }

    /** A system property, else the environment variable, else null; secrets need no entry in the CLI script. */
    private static String setting(String property, String variable) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null || value.isBlank() ? null : value;
    }

    void close(@Disposes SearchIndex index) {
        index.close();
    }
}
