package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Lucene's Porter stemmer for English. */
@NamedComponent("werkraum_english_stem")
public class EnglishStemFilterFactory extends StepFilterFactory {
    public EnglishStemFilterFactory() {
        super(Step.ENGLISH_STEM);
    }
}
