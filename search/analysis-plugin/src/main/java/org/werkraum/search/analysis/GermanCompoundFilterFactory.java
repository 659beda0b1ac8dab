package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Adds the words found in German compounds and feminine forms; see {@link GermanDecompounder}. */
@NamedComponent("werkraum_german_compound")
public class GermanCompoundFilterFactory extends StepFilterFactory {
    public GermanCompoundFilterFactory() {
        super(Step.GERMAN_COMPOUND);
    }
}
