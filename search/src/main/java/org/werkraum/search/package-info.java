/**
 * Werkraum's search port: the domain hands over plain {@link org.werkraum.search.SearchDocument}s and asks plain
 * {@link org.werkraum.search.SearchQuery}s; nothing here knows an entity. The Elasticsearch adapter lives in
 * {@code org.werkraum.search.elasticsearch}.
 */
package org.werkraum.search;
