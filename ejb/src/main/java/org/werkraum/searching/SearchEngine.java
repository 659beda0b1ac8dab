package org.werkraum.searching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.time.Duration;
import org.werkraum.search.SearchIndex;
import org.werkraum.search.elasticsearch.ElasticsearchSearchIndex;
import org.werkraum.search.elasticsearch.ElasticsearchSettings;

/**
 * Connects to Elasticsearch as WildFly's system properties say ({@code werkraum.elasticsearch.url},
 * {@code werkraum.elasticsearch.index-prefix} and {@code werkraum.elasticsearch.timeout-seconds}, set by the CLI script in {@code config/}).
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
        return new ElasticsearchSearchIndex(ElasticsearchSettings.of(URI.create(url), prefix)
                .withTimeouts(ElasticsearchSettings.DEFAULT_CONNECT_TIMEOUT, timeout));
    }

    void close(@Disposes SearchIndex index) {
        index.close();
    }
}
