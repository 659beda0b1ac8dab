/**
 * The domain's side of search: which principals a searcher holds, how entities become search documents
 * ({@link org.werkraum.searching.DocumentSource}), the full reindex from the database
 * ({@link org.werkraum.searching.FullReindex}), and the connection to the search engine configured by WildFly system
 * properties.
 */
package org.werkraum.searching;
