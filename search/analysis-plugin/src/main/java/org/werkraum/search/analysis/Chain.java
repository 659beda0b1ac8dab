package org.werkraum.search.analysis;

import static org.werkraum.search.analysis.Step.ASCII_FOLDING;
import static org.werkraum.search.analysis.Step.EDGE_NGRAMS;
import static org.werkraum.search.analysis.Step.ENGLISH_POSSESSIVE;
import static org.werkraum.search.analysis.Step.ENGLISH_STEM;
import static org.werkraum.search.analysis.Step.GERMAN_COMPOUND;
import static org.werkraum.search.analysis.Step.GERMAN_NORMALIZATION;
import static org.werkraum.search.analysis.Step.GERMAN_STEM;
import static org.werkraum.search.analysis.Step.LOWERCASE;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of Werkraum: the standard tokenizer followed by a sequence of {@link Step}s. Accents
 * are folded before stemming, not after: the stemmers treat "é" as a letter of its own, so folding
 * last would let "Café" and "Cafe" (or "résumés" and "resumes") end up as different terms.
 */
enum Chain {
    /** German text: compounds split into their parts, umlauts and ß normalized, light stemming. */
    GERMAN(LOWERCASE, GERMAN_COMPOUND, GERMAN_NORMALIZATION, ASCII_FOLDING, GERMAN_STEM),
    /** English text; Porter rather than KStem, because only Porter lets "blogging" find "blogs". */
    ENGLISH(ENGLISH_POSSESSIVE, LOWERCASE, ASCII_FOLDING, ENGLISH_STEM),
    /** Type-ahead fields at index time: every word also as its prefixes. */
    AUTOCOMPLETE(LOWERCASE, ASCII_FOLDING, EDGE_NGRAMS),
    /** Type-ahead fields at search time: what was typed is one of the indexed prefixes already. */
    AUTOCOMPLETE_SEARCH(LOWERCASE, ASCII_FOLDING),
    /** Language-neutral text such as names. */
    FOLDING(LOWERCASE, ASCII_FOLDING);

    private final List<Step> steps;

    Chain(Step... steps) {
        this.steps = List.of(steps);
    }

    Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream tokens = tokenizer;
                for (Step step : steps) {
                    tokens = step.apply(tokens);
                }
                return new TokenStreamComponents(tokenizer, tokens);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                TokenStream tokens = in;
                for (Step step : steps) {
                    tokens = step.normalize(tokens);
                }
                return tokens;
            }
        };
    }
}
