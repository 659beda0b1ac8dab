package org.werkraum.bench;

import static io.gatling.javaapi.core.CoreDsl.csv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The people the virtual users sign in as, one record each: {@code login}, and where known {@code id},
 * {@code name} (display name), {@code location} and {@code community} (the id of a community the person owns, for the
 * invite type-ahead). The same records are the pool of "other people" whose profiles are looked at and whose names
 * are searched for.
 */
final class Logins {

    static final List<String> COLUMNS = List.of("login", "id", "name", "location", "community");

    /**
     * Where {@code bench/load.sh} writes its feeder (bench/load/target/feeder.csv; the pom passes the project folder
     * as {@code bench.basedir}); used when present and nothing else is asked for.
     */
    static final Path DEFAULT_FEEDER = Path.of(System.getProperty("bench.basedir", "."), "target", "feeder.csv");

    /** The demo data's 60 logins, owners of communities first. */
    static final String DEMO_FEEDER = "demo-logins.csv";

    final List<Map<String, Object>> records;
    final String source;

    private Logins(List<Map<String, Object>> records, String source) {
        this.records = records;
        this.source = source;
    }

    static Logins load() {
        List<Map<String, Object>> raw;
        String source;
        if (!Settings.LOGINS.isBlank()) {
            raw = new ArrayList<>();
            for (String login : Settings.LOGINS.split(",")) {
                if (!login.isBlank()) {
                    raw.add(Map.of("login", login.strip()));
                }
            }
            source = "-Dlogins";
        } else if (!Settings.FEEDER.isBlank()) {
            Path file = Path.of(Settings.FEEDER).toAbsolutePath();
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("-Dfeeder=" + Settings.FEEDER + ": no readable file at " + file);
            }
            raw = csv(file.toString()).readRecords();
            source = file.toString();
        } else if (Files.isReadable(DEFAULT_FEEDER)) {
            raw = csv(DEFAULT_FEEDER.toAbsolutePath().toString()).readRecords();
            source = DEFAULT_FEEDER.toAbsolutePath().toString();
        } else {
            raw = csv(DEMO_FEEDER).readRecords();
            source = "the demo logins (" + DEMO_FEEDER + ")";
        }

        List<Map<String, Object>> records = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> row : raw) {
            String login = text(row.get("login"));
            if (login.isEmpty() || !seen.add(login)) {
                continue;
            }
            Map<String, Object> record = new HashMap<>();
            for (String column : COLUMNS) {
                record.put(column, text(row.get(column)));
            }
            records.add(Map.copyOf(record));
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no logins in " + source + " (a CSV needs a header line with a "
                    + "'login' column; columns read: " + COLUMNS + ")");
        }
        if (records.size() < Settings.USERS) {
            throw new IllegalArgumentException(Settings.USERS + " virtual users need as many different logins, but "
                    + source + " has " + records.size() + ": lower -Dusers or give more logins");
        }
        return new Logins(List.copyOf(records), source);
    }

    /** Someone other than {@code login}, at random. */
    Map<String, Object> otherThan(String login) {
        if (records.size() == 1) {
            return records.get(0);
        }
        while (true) {
            Map<String, Object> other = records.get(ThreadLocalRandom.current().nextInt(records.size()));
            if (!other.get("login").equals(login)) {
                return other;
            }
        }
    }

    /**
     * A word to search for that finds the person: the last word of the display name (the family name), else the
     * part of the login after its last dot, else the login.
     */
    static String searchTerm(Map<String, Object> person) {
        String name = text(person.get("name"));
        if (!name.isEmpty()) {
            String[] words = name.split("\\s+");
            return words[words.length - 1];
        }
        String login = text(person.get("login"));
        int dot = login.lastIndexOf('.');
        return dot >= 0 && dot < login.length() - 1 ? login.substring(dot + 1) : login;
    }

    /** What someone types into the invite box before suggestions come: the first three letters. */
    static String typed(Map<String, Object> person) {
        String term = searchTerm(person);
        return term.length() <= 3 ? term : term.substring(0, 3);
    }

    long owners() {
        return records.stream().limit(Settings.USERS).filter(r -> !text(r.get("community")).isEmpty()).count();
    }

    @Override
    public String toString() {
        return records.size() + " logins from " + source + ", first: "
                + Arrays.toString(records.stream().limit(5).map(r -> r.get("login")).toArray());
    }

    static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
