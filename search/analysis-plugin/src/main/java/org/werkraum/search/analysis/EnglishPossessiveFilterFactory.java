package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Lucene's English possessive filter: removes trailing 's. */
@NamedComponent("werkraum_english_possessive")
public class EnglishPossessiveFilterFactory extends StepFilterFactory {
    public EnglishPossessiveFilterFactory() {
        super(Step.ENGLISH_POSSESSIVE);
    }
}
