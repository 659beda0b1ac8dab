package org.werkraum.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

class FoldingAndAutocompleteTest {
    private final Analyzer folding = new FoldingAnalyzerFactory().create();
    private final Analyzer autocomplete = new AutocompleteAnalyzerFactory().create();
    private final Analyzer autocompleteSearch = new AutocompleteSearchAnalyzerFactory().create();

    @Test
    void muellerIsFoldedToMuller() {
        assertThat(Tokens.terms(folding, "Müller")).containsExactly("muller");
        assertThat(folding.normalize("name", "Müller").utf8ToString()).isEqualTo("muller");
    }

    @Test
    void foldingKeepsWordsWhole() {
        assertThat(Tokens.terms(folding, "Zoë Ångström-Öztürk")).containsExactly("zoe", "angstrom", "ozturk");
    }

    @Test
    void edgeNGramsOfWerkraumIncludeItsPrefixesFromTwoLetters() {
        assertThat(Tokens.terms(autocomplete, "Werkraum"))
                .startsWith("we", "wer", "werk")
                .contains("werkraum")
                .doesNotContain("w");
    }

    @Test
    void wordsShorterOrLongerThanTheGramsAreKeptWhole() {
        assertThat(Tokens.terms(autocomplete, "a")).containsExactly("a");
        assertThat(Tokens.terms(autocomplete, "Donaudampfschifffahrt"))
                .hasSize(20)
                .contains("donaudampfschifffahr", "donaudampfschifffahrt");
    }

    @Test
    void autocompleteGramsOfAWordStandAtItsPosition() {
        assertThat(Tokens.of(autocomplete, "Müllers Werkraum"))
                .extracting(Tokens.Token::position)
                .containsOnly(0, 1);
    }

    @Test
    void whatIsTypedMatchesTheIndexedPrefixes() {
        assertThat(Tokens.terms(autocompleteSearch, "Werk Mül")).containsExactly("werk", "mul");
        assertThat(Tokens.terms(autocomplete, "Werkraum Müller")).contains("werk", "mul");
    }

    @Test
    void theKeywordTokenizerKeepsTheWholeInputAsOneToken() {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new KeywordTokenizerFactory().create();
                TokenStream tokens = new AsciiFoldingFilterFactory().create(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, tokens);
            }
        };
        assertThat(Tokens.terms(keyword, "Abteilung Öffentlichkeitsarbeit"))
                .containsExactly("abteilung offentlichkeitsarbeit");
    }
}
