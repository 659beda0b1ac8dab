package org.werkraum.shared;

import java.util.Locale;

/** How tags are spelled everywhere: trimmed, lower case, inner blanks as hyphens. */
public final class Tags {

    private Tags() {}

    public static String normalize(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }
}
