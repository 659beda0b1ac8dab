package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Lucene's German normalization: ä, ö, ü to a, o, u (also when written ae, oe, ue), ß to ss. */
@NamedComponent("werkraum_german_normalization")
public class GermanNormalizationFilterFactory extends StepFilterFactory {
    public GermanNormalizationFilterFactory() {
        super(Step.GERMAN_NORMALIZATION);
    }
}
