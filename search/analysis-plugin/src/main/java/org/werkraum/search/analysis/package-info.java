/**
 * Werkraum's Elasticsearch analysis plugin, built with the stable plugin API: German and English
 * token filters, a keyword tokenizer and ready-made analyzers, all made of the Lucene components
 * the node already ships plus jwordsplitter for German compounds. The chains are defined once in
 * {@link org.werkraum.search.analysis.Chain} from the steps in {@link org.werkraum.search.analysis.Step};
 * every class annotated {@code @NamedComponent} is one component the node can name in its index
 * settings, and must be listed in {@code src/main/plugin/named_components.json}.
 */
package org.werkraum.search.analysis;
