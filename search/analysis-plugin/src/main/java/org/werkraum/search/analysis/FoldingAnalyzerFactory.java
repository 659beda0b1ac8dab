package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Analyzer for language-neutral text such as names; see {@link Chain#FOLDING}. */
@NamedComponent("werkraum_folding")
public class FoldingAnalyzerFactory extends ChainAnalyzerFactory {
    public FoldingAnalyzerFactory() {
        super(Chain.FOLDING);
    }
}
