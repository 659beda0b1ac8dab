package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Lucene's light German stemmer: removes inflection endings, so "Häuser" and "Haus" meet. */
@NamedComponent("werkraum_german_stem")
public class GermanStemFilterFactory extends StepFilterFactory {
    public GermanStemFilterFactory() {
        super(Step.GERMAN_STEM);
    }
}
