package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Index analyzer of type-ahead fields; see {@link Chain#AUTOCOMPLETE}. */
@NamedComponent("werkraum_autocomplete")
public class AutocompleteAnalyzerFactory extends ChainAnalyzerFactory {
    public AutocompleteAnalyzerFactory() {
        super(Chain.AUTOCOMPLETE);
    }
}
