package org.werkraum.shared;

import java.util.Locale;

/** The pattern for a case-insensitive "contains" in JPQL: what a person types is matched literally. */
public final class LikePattern {

    private LikePattern() {}

    /**
     * A pattern for {@code lower(column) like :pattern}; {@code %}, {@code _} and the backslash in the text lose their
     * wildcard meaning (PostgreSQL's default escape character is the backslash).
     */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** The same for "starts with". */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }

    /** The same for "has a later word that starts with" (after a space). */
    public static String withWordStartingWith(String text) {
        return "% " + literal(text) + "%";
    }

    private static String literal(String text) {
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
