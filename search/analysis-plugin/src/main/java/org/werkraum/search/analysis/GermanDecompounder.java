package org.werkraum.search.analysis;

import de.danielnaber.jwordsplitter.EmbeddedGermanDictionary;
import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the dictionary words inside a German word, with jwordsplitter and its embedded German
 * dictionary (about 58,000 words, loaded once per node on first use).
 *
 * <p>Two kinds of words are found. Compound parts: jwordsplitter splits words that are not in its
 * dictionary into words that are ("Blogeinträge" into "Blog" and "einträge"; "Kindergarten" stays
 * whole). Masculine forms: a feminine form ending in "-in" or "-innen" also yields the word without
 * that ending if the dictionary has it ("Mitarbeiterinnen" yields "Mitarbeiter", "Kolleginnen"
 * "Kolleg"), because no stemmer maps the two together and an intranet search for "Mitarbeiter" is
 * meant to find both. Checking the dictionary keeps words like "Termin" or "Benzin" whole.
 */
final class GermanDecompounder {
    /** Shorter words are not split, as in Lucene's compound word filters. */
    private static final int MIN_WORD_LENGTH = 5;
    /** jwordsplitter refuses longer input. */
    private static final int MAX_WORD_LENGTH = 70;

    private static final int MIN_MASCULINE_LENGTH = 4;

    private GermanDecompounder() {}

    /**
     * @return the words found in {@code word}, in the order found, without {@code word} itself; empty
     *         if there are none
     */
    static List<String> wordsIn(String word) {
        if (word.length() < MIN_WORD_LENGTH || word.length() > MAX_WORD_LENGTH) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        List<String> parts = Dictionary.SPLITTER.splitWord(word);
        if (parts.size() > 1) {
            for (String part : parts) {
                words.add(part);
                addMasculineForm(part, words);
            }
        }
        addMasculineForm(word, words);
        words.remove(word);
        words.remove("");
        return List.copyOf(words);
    }

    private static void addMasculineForm(String word, Set<String> words) {
        String lowercase = word.toLowerCase(Locale.ROOT);
        int suffix = lowercase.endsWith("innen") ? 5 : lowercase.endsWith("in") ? 2 : 0;
        if (suffix > 0
                && word.length() - suffix >= MIN_MASCULINE_LENGTH
                && Dictionary.WORDS.contains(lowercase.substring(0, lowercase.length() - suffix))) {
            words.add(word.substring(0, word.length() - suffix));
        }
    }

    /** Loaded on first use, not when the node loads the plugin. */
    private static final class Dictionary {
        static final GermanWordSplitter SPLITTER = createSplitter();
        /** Lowercase; shared with the splitter and only ever read. */
        static final Set<String> WORDS = EmbeddedGermanDictionary.getWords();

        private static GermanWordSplitter createSplitter() {
            try {
                return new GermanWordSplitter(true);
            } catch (IOException e) {
                throw new UncheckedIOException("jwordsplitter's German dictionary cannot be read", e);
            }
        }
    }
}
