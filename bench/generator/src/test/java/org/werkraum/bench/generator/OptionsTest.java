package org.werkraum.bench.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void withoutFlagsItLoadsTheFullDirectoryIntoTheRunCommandsDatabase() throws Exception {
        Options options = Options.parse(new String[0], Map.of());

        assertEquals(400_000, options.people());
        assertEquals(10_000, options.communities());
        assertEquals(
                "jdbc:postgresql://127.0.0.1:55432/werkraum?ApplicationName=werkraum-bench-generator",
                options.jdbcUrl());
        assertEquals("werkraum", options.user());
        assertEquals("anna.schmidt", options.passwordFrom());
    }

    @Test
    void flagsComeBeforeTheEnvironmentAndSizesBeforeThePreset() throws Exception {
        Options options = Options.parse(
                new String[] {"--size", "small", "--communities=7", "--db-port", "6543", "--replace"},
                Map.of("WERKRAUM_DB_PORT", "5432", "WERKRAUM_DB_HOST", "db.example"));

        assertEquals(2_000, options.people());
        assertEquals(7, options.communities());
        assertEquals(
                "jdbc:postgresql://db.example:6543/werkraum?ApplicationName=werkraum-bench-generator",
                options.jdbcUrl());
        assertTrue(options.replace());
    }

    @Test
    void badFlagsAreUsageErrors() {
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--people", "many"}, Map.of()));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--people", "10"}, Map.of()));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--size", "huge"}, Map.of()));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--seed"}, Map.of()));
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--fast"}, Map.of()));
    }
}
