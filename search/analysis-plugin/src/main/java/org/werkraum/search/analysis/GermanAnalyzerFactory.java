package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Analyzer for German text; see {@link Chain#GERMAN}. */
@NamedComponent("werkraum_german")
public class GermanAnalyzerFactory extends ChainAnalyzerFactory {
    public GermanAnalyzerFactory() {
        super(Chain.GERMAN);
    }
}
