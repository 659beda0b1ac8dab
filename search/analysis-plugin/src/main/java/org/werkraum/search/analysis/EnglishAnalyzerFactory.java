package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Analyzer for English text; see {@link Chain#ENGLISH}. */
@NamedComponent("werkraum_english")
public class EnglishAnalyzerFactory extends ChainAnalyzerFactory {
    public EnglishAnalyzerFactory() {
        super(Chain.ENGLISH);
    }
}
