package org.werkraum.bench.generator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lowercase ASCII forms of names, for logins, codes and tags. */
final class Ascii {

    private static final Pattern PLAIN = Pattern.compile("[a-z0-9-]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_KEPT = Pattern.compile("[^a-z0-9-]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Ascii() {}

    /** "Jürgen" → "juergen", "Yılmaz" → "yilmaz", "O'Brien" → "obrien"; keeps letters, digits and hyphens. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (PLAIN.matcher(lower).matches()) {
            return lower;
        }
        lower = lower.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                // letters that Unicode does not decompose into a base letter and a mark
                .replace("ı", "i")
                .replace("ł", "l")
                .replace("ø", "o")
                .replace("æ", "ae");
        String withoutMarks =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_KEPT.matcher(SPACES.matcher(withoutMarks).replaceAll("-")).replaceAll("");
    }

    /** "Backend Development München" → "backend-development-muenchen". */
    static String slug(String text) {
        return fold(NOT_WORD.matcher(text).replaceAll(" ").strip());
    }
}
