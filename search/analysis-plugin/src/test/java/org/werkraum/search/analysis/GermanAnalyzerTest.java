package org.werkraum.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;
import org.werkraum.search.analysis.Tokens.Token;

class GermanAnalyzerTest {
    private final Analyzer german = new GermanAnalyzerFactory().create();

    @Test
    void haeuserAndHausProduceTheSameTerm() {
        assertThat(Tokens.terms(german, "Häuser"))
                .isEqualTo(Tokens.terms(german, "Haus"))
                .containsExactly("haus");
    }

    @Test
    void mitarbeiterinnenMatchesMitarbeiter() {
        assertThat(Tokens.terms(german, "Mitarbeiterinnen")).containsAll(Tokens.terms(german, "Mitarbeiter"));
        assertThat(Tokens.terms(german, "Mitarbeiterin")).containsAll(Tokens.terms(german, "Mitarbeiter"));
    }

    @Test
    void blogeintraegeYieldsATermThatEintragAlsoYields() {
        assertThat(Tokens.terms(german, "Blogeinträge"))
                .containsAll(Tokens.terms(german, "Eintrag"))
                .containsAll(Tokens.terms(german, "Blog"));
    }

    @Test
    void compoundPartsStandAtThePositionAndOffsetsOfTheCompound() {
        assertThat(Tokens.of(german, "neue Blogeinträge"))
                .containsExactly(
                        new Token("neu", 0, 0, 4),
                        new Token("blogeintrag", 1, 5, 17),
                        new Token("blog", 1, 5, 17),
                        new Token("eintrag", 1, 5, 17));
    }

    @Test
    void wordsInTheDictionaryAndWordsEndingLikeFeminineFormsStayWhole() {
        assertThat(Tokens.terms(german, "Kindergarten")).containsExactly("kindergart");
        assertThat(Tokens.terms(german, "Termin")).containsExactly("termin");
        assertThat(Tokens.terms(german, "Benzin")).containsExactly("benzin");
    }

    @Test
    void umlautsSharpSAndOtherAccentsAreFolded() {
        assertThat(Tokens.terms(german, "Straße")).isEqualTo(Tokens.terms(german, "Strasse"));
        assertThat(Tokens.terms(german, "Müller")).isEqualTo(Tokens.terms(german, "Mueller"));
        assertThat(Tokens.terms(german, "Café")).isEqualTo(Tokens.terms(german, "Cafe"));
    }

    @Test
    void prefixAndWildcardTermsAreNormalizedButNotStemmed() {
        assertThat(german.normalize("text", "Häuser").utf8ToString()).isEqualTo("hauser");
    }

    /** Compound parts are extra terms at the word's position; they never shift the words after it. */
    @Test
    void everyWordOfTheEuroparlSampleKeepsItsPosition() throws IOException {
        Analyzer words = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        List<String> lines =
                Files.readAllLines(Tokens.testdata("german/corpus/europarl_de.txt"), StandardCharsets.UTF_8);
        int compounds = 0;
        for (String line : lines) {
            List<Token> expected = Tokens.of(words, line);
            List<Token> actual = Tokens.of(german, line);
            assertThat(actual.stream().map(Token::position).distinct().toList())
                    .as(line)
                    .isEqualTo(expected.stream().map(Token::position).toList());
            compounds += actual.size() - expected.size();
        }
        assertThat(compounds).as("compound parts found in the sample").isGreaterThan(100);
    }
}
