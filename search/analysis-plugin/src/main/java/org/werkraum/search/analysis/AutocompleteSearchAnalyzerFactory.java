package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Search analyzer of type-ahead fields; see {@link Chain#AUTOCOMPLETE_SEARCH}. */
@NamedComponent("werkraum_autocomplete_search")
public class AutocompleteSearchAnalyzerFactory extends ChainAnalyzerFactory {
    public AutocompleteSearchAnalyzerFactory() {
        super(Chain.AUTOCOMPLETE_SEARCH);
    }
}
