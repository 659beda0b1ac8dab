package org.werkraum.shared;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** How tags are spelled everywhere: trimmed, lower case, inner blanks as hyphens. */
public final class Tags {

    private Tags() {}

    /** Every tag of a set so spelled, blank ones left out, in alphabetical order. */
    public static Set<String> normalizeAll(Set<String> tags) {
        Set<String> normalized = new TreeSet<>();
        tags.stream().filter(tag -> !tag.isBlank()).map(Tags::normalize).forEach(normalized::add);
        return normalized;
    }

    public static String normalize(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }
}
