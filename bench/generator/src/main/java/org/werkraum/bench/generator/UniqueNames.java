package org.werkraum.bench.generator;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Names that differ, ignoring case, from each other and from those that exist already. */
final class UniqueNames {

    private static final int ATTEMPTS = 20;

    private final Set<String> taken = new HashSet<>();

    UniqueNames(Collection<String> existing) {
        existing.forEach(name -> taken.add(key(name)));
    }

    UniqueNames() {}

    /** A fresh name, or after a few taken ones the last of them with a number: "Team Orion 2". */
    String next(Supplier<String> candidates) {
        return next(candidates, name -> name, (name, numbered) -> numbered);
    }

    /** The first candidate with a fresh name, or after a few taken ones the last of them, renamed with a number. */
    <T> T next(Supplier<T> candidates, Function<T, String> name, BiFunction<T, String, T> rename) {
        T candidate = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            candidate = candidates.get();
            if (taken.add(key(name.apply(candidate)))) {
                return candidate;
            }
        }
        for (int number = 2; ; number++) {
            String numbered = name.apply(candidate) + " " + number;
            if (taken.add(key(numbered))) {
                return rename.apply(candidate, numbered);
            }
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
