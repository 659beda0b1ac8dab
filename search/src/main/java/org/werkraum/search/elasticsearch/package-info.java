/**
 * The Elasticsearch adapter of the search port: {@link org.werkraum.search.elasticsearch.ElasticsearchSearchIndex}
 * keeps one index per {@link org.werkraum.search.IndexFamily} behind an alias, analyses text with Werkraum's
 * analysis plugin (mapping in {@code index.json} next to this package's classes) and rebuilds an index without
 * downtime. It knows no CDI; the application builds it from {@link org.werkraum.search.elasticsearch.ElasticsearchSettings}.
 */
package org.werkraum.search.elasticsearch;
