package org.werkraum.searching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.werkraum.search.SearchIndex;
import org.werkraum.search.elasticsearch.ElasticsearchSearchIndex;
import org.werkraum.search.elasticsearch.ElasticsearchSettings;

/**
 * Connects to Elasticsearch as WildFly's system properties say ({@code werkraum.elasticsearch.url} and
 * {@code werkraum.elasticsearch.index-prefix}, set by the CLI script in {@code config/}).
 */
@ApplicationScoped
public class SearchEngine {

    @Produces
    @ApplicationScoped
    SearchIndex searchIndex() {
        String url = System.getProperty("werkraum.elasticsearch.url", "http://127.0.0.1:9200");
        String prefix = System.getProperty("werkraum.elasticsearch.index-prefix", "werkraum");
        return new ElasticsearchSearchIndex(ElasticsearchSettings.of(java.net.URI.create(url), prefix));
    }

    void close(@Disposes SearchIndex index) {
        index.close();
    }
}
