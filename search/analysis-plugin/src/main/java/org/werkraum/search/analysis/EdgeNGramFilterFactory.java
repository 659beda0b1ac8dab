package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Prefixes of 2 to 20 characters for type-ahead; shorter and longer words are kept whole. */
@NamedComponent("werkraum_edge_ngram")
public class EdgeNGramFilterFactory extends StepFilterFactory {
    public EdgeNGramFilterFactory() {
        super(Step.EDGE_NGRAMS);
    }
}
