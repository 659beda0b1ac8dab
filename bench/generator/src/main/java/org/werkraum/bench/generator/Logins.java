package org.werkraum.bench.generator;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Logins like {@code firstname.lastname} in lowercase ASCII, with a number from 2 on when that one is taken
 * ({@code thomas.mueller7}), as a company's directory hands them out. Logins already in the database count as
 * taken.
 */
final class Logins {

    private final Set<String> taken;
    private final Map<String, Integer> nextNumber = new HashMap<>();

    Logins(Collection<String> existing) {
        this.taken = new HashSet<>(existing);
    }

    String next(Names.Name name) {
        String plain = Ascii.fold(name.first()) + "." + Ascii.fold(name.last());
        int number = nextNumber.getOrDefault(plain, 1);
        String login = number == 1 ? plain : plain + number;
        while (taken.contains(login)) {
            number++;
            login = plain + number;
        }
        nextNumber.put(plain, number + 1);
        taken.add(login);
        return login;
    }
}
