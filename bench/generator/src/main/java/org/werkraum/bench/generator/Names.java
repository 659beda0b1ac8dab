package org.werkraum.bench.generator;

import java.util.Map;

/** German and English first and last names, common ones more often than rare ones. */
final class Names {

    record Name(String first, String last) {

        String display() {
            return first + " " + last;
        }
    }

    private final Map<Language, Weighted<String>> firstNames;
    private final Map<Language, Weighted<String>> lastNames;

    private Names(Map<Language, Weighted<String>> firstNames, Map<Language, Weighted<String>> lastNames) {
        this.firstNames = firstNames;
        this.lastNames = lastNames;
    }

    static Names load() {
        return new Names(
                Map.of(
                        Language.DE, Weighted.byRank(Vocabulary.lines("first-names-de.txt")),
                        Language.EN, Weighted.byRank(Vocabulary.lines("first-names-en.txt"))),
                Map.of(
                        Language.DE, Weighted.byRank(Vocabulary.lines("last-names-de.txt")),
                        Language.EN, Weighted.byRank(Vocabulary.lines("last-names-en.txt"))));
    }

    Name pick(Language language, Draw draw) {
        return new Name(
                firstNames.get(language).pick(draw), lastNames.get(language).pick(draw));
    }
}
