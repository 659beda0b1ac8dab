package org.werkraum.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

/**
 * Checks werkraum_german_normalization followed by werkraum_german_stem against German stemmer
 * reference data (../shared/testdata/german/stemming). Lucene's light stemmer only removes a few
 * inflection endings, so the tests assert what it guarantees and name where it differs from the
 * heavier stemmers, rather than expecting it to agree with them.
 */
class GermanStemmingDataTest {
    private final Analyzer normalized = Tokens.keywordAnalyzer(new GermanNormalizationFilterFactory());
    private final Analyzer stemmed =
            Tokens.keywordAnalyzer(new GermanNormalizationFilterFactory(), new GermanStemFilterFactory());

    /**
     * Words of Lucene's GermanStemFilter table that the light stemmer keeps apart from the rest of
     * their group, and why.
     */
    private static final Map<String, String> KEPT_APART = Map.of(
            // the participle forms "abschließend-er/-es/-en" meet each other, but the light
            // stemmer removes no "-end"
            "abschließen", "light stemming removes inflection endings, not the participle ending -end",
            // the table's own example of over-stemming, which light stemming avoids
            "hauen", "the verb hauen is not the noun Haus");

    @Test
    void inflectedFormsOfLucenesGermanStemmerTableMeetUnlessNamedOtherwise() throws IOException {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String line : Files.readAllLines(
                Tokens.testdata("german/stemming/lucene_GermanStemFilter_data.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("# fake words")) {
                break; // the rest tests GermanStemFilter's own suffix rules on made-up words
            }
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] wordAndStem = line.split("\t");
                groups.computeIfAbsent(wordAndStem[1], stem -> new ArrayList<>())
                        .add(wordAndStem[0]);
            }
        }
        groups.values().removeIf(words -> words.size() < 2);
        assertThat(groups).as("groups of the table").hasSize(3);

        for (List<String> words : groups.values()) {
            List<String> meeting =
                    words.stream().filter(word -> !KEPT_APART.containsKey(word)).toList();
            String stem = Tokens.term(stemmed, meeting.get(0));
            for (String word : words) {
                if (KEPT_APART.containsKey(word)) {
                    assertThat(Tokens.term(stemmed, word))
                            .as(word + ": " + KEPT_APART.get(word))
                            .isNotEqualTo(stem);
                } else {
                    assertThat(Tokens.term(stemmed, word))
                            .as(word + " in " + words)
                            .isEqualTo(stem);
                }
            }
        }
    }

    /**
     * The light stemmer only cuts endings, at most six characters, and leaves at least three: over
     * all 35,000 words of Snowball's German vocabulary, the stem is a prefix of the normalized word.
     */
    @Test
    void everyWordOfTheSnowballVocabularyKeepsItsNormalizedBeginning() throws IOException {
        List<String> vocabulary = vocabulary();
        List<String> violations = new ArrayList<>();
        for (String word : vocabulary) {
            String whole = fold(Tokens.term(normalized, word));
            String stem = fold(Tokens.term(stemmed, word));
            if (!whole.startsWith(stem)
                    || whole.length() - stem.length() > 6
                    || stem.length() < Math.min(3, whole.length())) {
                violations.add(word + " -> " + stem);
            }
        }
        assertThat(vocabulary).hasSizeGreaterThan(30_000);
        assertThat(violations).isEmpty();
    }

    /**
     * Where a word of the vocabulary is another word of it plus a regular ending (-e, -en, -er, -ern,
     * -es, -em, or -s after b, d, f, g, h, k, l, m, n, t), both get the same stem, provided the shorter
     * word has no removable ending itself: "Tisch", "Tische", "Tischen", "Tisches".
     */
    @Test
    void snowballVocabularyWordsWithRegularEndingsMeetTheirBaseWord() throws IOException {
        Map<String, String> wordsByNormalizedForm = new HashMap<>();
        for (String word : vocabulary()) {
            wordsByNormalizedForm.putIfAbsent(Tokens.term(normalized, word), word);
        }
        List<String> violations = new ArrayList<>();
        int pairs = 0;
        for (Map.Entry<String, String> base : wordsByNormalizedForm.entrySet()) {
            String form = base.getKey();
            if (form.length() < 3 || hasLightStemEnding(form)) {
                continue;
            }
            String stem = Tokens.term(stemmed, base.getValue());
            for (String ending : endingsAfter(form)) {
                String inflected = wordsByNormalizedForm.get(form + ending);
                if (inflected != null) {
                    pairs++;
                    if (!Tokens.term(stemmed, inflected).equals(stem)) {
                        violations.add(base.getValue() + " / " + inflected);
                    }
                }
            }
        }
        assertThat(pairs).as("pairs found in the vocabulary").isGreaterThan(5_000);
        assertThat(violations).isEmpty();
    }

    /** Step 1 of Lucene's GermanLightStemmer would cut something from this word. */
    private static boolean hasLightStemEnding(String word) {
        int length = word.length();
        char last = word.charAt(length - 1);
        char beforeLast = word.charAt(length - 2);
        return length > 5 && word.endsWith("ern")
                || length > 4 && beforeLast == 'e' && "mnrs".indexOf(last) >= 0
                || length > 3 && last == 'e'
                || length > 3 && last == 's' && S_ENDING.indexOf(beforeLast) >= 0;
    }

    private static final String S_ENDING = "bdfghklmnt";

    private static List<String> endingsAfter(String word) {
        boolean sEnding = S_ENDING.indexOf(word.charAt(word.length() - 1)) >= 0;
        return sEnding ? List.of("e", "en", "er", "ern", "es", "em", "s") : List.of("e", "en", "er", "ern", "es", "em");
    }

    private static List<String> vocabulary() throws IOException {
        return Files.readAllLines(Tokens.testdata("german/stemming/snowball_german_voc.txt"), StandardCharsets.UTF_8)
                .stream()
                .filter(word -> !word.isBlank())
                .toList();
    }

    /** The light stemmer also removes accents from vowels; folding both sides compares the letters. */
    private static String fold(String term) {
        char[] folded = new char[term.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(term.toCharArray(), 0, folded, 0, term.length());
        return new String(folded, 0, length);
    }
}
