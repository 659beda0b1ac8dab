package org.werkraum.ideation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a board lists its ideas. */
public enum IdeaSort {
    /** The most votes first; among equals, the newest. */
    VOTES,
    NEWEST,
    /** New first, then under review, accepted, done, declined; within each, the most votes first. */
    STATUS;

    /** The order an address or a request names ({@code votes}, {@code newest}, {@code status}); empty for another. */
    public static Optional<IdeaSort> named(String name) {
        return Arrays.stream(values())
                .filter(sort -> sort.name().equals(name.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
