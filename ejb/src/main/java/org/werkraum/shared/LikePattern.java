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
        String literal = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }
}
