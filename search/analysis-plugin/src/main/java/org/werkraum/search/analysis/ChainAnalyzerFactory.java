package org.werkraum.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** An analyzer component that is one {@link Chain}. */
abstract class ChainAnalyzerFactory implements AnalyzerFactory {
    private final Chain chain;

    ChainAnalyzerFactory(Chain chain) {
        this.chain = chain;
    }

    @Override
    public Analyzer create() {
        return chain.analyzer();
    }
}
