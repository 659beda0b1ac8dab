package org.werkraum.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** A token filter component that is one {@link Step}. */
abstract class StepFilterFactory implements TokenFilterFactory {
    private final Step step;

    StepFilterFactory(Step step) {
        this.step = step;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return step.apply(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return step.normalize(tokenStream);
    }
}
