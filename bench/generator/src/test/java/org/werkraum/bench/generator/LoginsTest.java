package org.werkraum.bench.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoginsTest {

    @Test
    void loginsAreLowercaseAsciiFirstAndLastName() {
        Logins logins = new Logins(List.of());

        assertEquals("juergen.mueller", logins.next(new Names.Name("Jürgen", "Müller")));
        assertEquals("ayse.yilmaz", logins.next(new Names.Name("Ayşe", "Yılmaz")));
        assertEquals("sinead.obrien", logins.next(new Names.Name("Sinead", "O'Brien")));
        assertEquals("anna.mueller-luedenscheidt", logins.next(new Names.Name("Anna", "Müller-Lüdenscheidt")));
    }

    @Test
    void aTakenLoginGetsTheNextFreeNumber() {
        Logins logins = new Logins(List.of("thomas.mueller", "thomas.mueller3"));

        assertEquals("thomas.mueller2", logins.next(new Names.Name("Thomas", "Müller")));
        assertEquals("thomas.mueller4", logins.next(new Names.Name("Thomas", "Müller")));
        assertEquals("thomas.mueller5", logins.next(new Names.Name("Thomas", "Müller")));
    }
}
