package org.werkraum.search.analysis;

import org.elasticsearch.plugin.NamedComponent;

/** Lucene's ASCII folding, without keeping the original: "Müller" becomes "Muller". */
@NamedComponent("werkraum_asciifolding")
public class AsciiFoldingFilterFactory extends StepFilterFactory {
    public AsciiFoldingFilterFactory() {
        super(Step.ASCII_FOLDING);
    }
}
