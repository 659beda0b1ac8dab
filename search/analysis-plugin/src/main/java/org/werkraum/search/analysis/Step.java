package org.werkraum.search.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;

/**
 * One token filter of Werkraum's analysis. The token filter components expose single steps, the
 * analyzers ({@link Chain}) sequences of them.
 */
enum Step {
    LOWERCASE(true, LowerCaseFilter::new),
    GERMAN_COMPOUND(false, GermanCompoundFilter::new),
    GERMAN_NORMALIZATION(true, GermanNormalizationFilter::new),
    GERMAN_STEM(false, GermanLightStemFilter::new),
    ASCII_FOLDING(true, tokens -> new ASCIIFoldingFilter(tokens, false)),
    ENGLISH_POSSESSIVE(false, EnglishPossessiveFilter::new),
    ENGLISH_STEM(false, PorterStemFilter::new),
    EDGE_NGRAMS(false, tokens -> new EdgeNGramTokenFilter(tokens, Step.EDGE_NGRAM_MIN, Step.EDGE_NGRAM_MAX, true));

    /** Type-ahead starts with the second letter typed; longer prefixes are rarely typed. */
    static final int EDGE_NGRAM_MIN = 2;

    static final int EDGE_NGRAM_MAX = 20;

    /**
     * Whether the step only normalizes characters; such steps also apply to the terms of prefix,
     * wildcard and fuzzy queries, which are not analyzed otherwise.
     */
    private final boolean normalizing;

    private final UnaryOperator<TokenStream> filter;

    Step(boolean normalizing, UnaryOperator<TokenStream> filter) {
        this.normalizing = normalizing;
        this.filter = filter;
    }

    TokenStream apply(TokenStream tokens) {
        return filter.apply(tokens);
    }

    TokenStream normalize(TokenStream tokens) {
        return normalizing ? filter.apply(tokens) : tokens;
    }
}
