package org.werkraum.bench.generator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The command line; where the database is comes from flags, else from the WERKRAUM_DB_* variables WildFly reads. */
record Options(
        boolean help,
        int people,
        int communities,
        long seed,
        boolean replace,
        String passwordFrom,
        String jdbcUrl,
        String user,
        String password) {

    static final String USAGE = """
            Usage: werkraum-bench-generator [options]
              --people N             people to generate (default 400000; at least 100)
              --communities N        communities to generate (default 10000)
              --size small|full      2000 people and 50 communities, or the defaults
              --seed N               the same seed gives the same directory (default 20261129)
              --replace              delete a previous run's rows first, instead of refusing
              --password-from LOGIN  whose password hash everyone gets (default anna.schmidt)
              --db-host HOST         default $WERKRAUM_DB_HOST or 127.0.0.1
              --db-port PORT         default $WERKRAUM_DB_PORT or 55432 (the run command's PostgreSQL)
              --db-name NAME         default $WERKRAUM_DB_NAME or werkraum
              --db-user USER         default $WERKRAUM_DB_USER or werkraum
              --db-password SECRET   default $WERKRAUM_DB_PASSWORD or werkraum
            Exit status: 0 loaded, 1 failed, 2 refused (generated rows present, or no person to copy the
            password from), 64 bad usage.
            """;

    private static final int MAX_COUNT = 10_000_000;
    private static final Set<String> SWITCHES = Set.of("--help", "-h", "--replace");
    private static final Set<String> VALUED = Set.of(
            "--people",
            "--communities",
            "--size",
            "--seed",
            "--password-from",
            "--db-host",
            "--db-port",
            "--db-name",
            "--db-user",
            "--db-password");

    /** Bad flags; the message says which. */
    static final class UsageException extends Exception {

        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(String[] args, Map<String, String> environment) throws UsageException {
        Map<String, String> given = flags(args);
        boolean small = switch (given.getOrDefault("--size", "full")) {
            case "small" -> true;
            case "full" -> false;
            default -> throw new UsageException("--size is small or full, not " + given.get("--size"));
        };
        int people = given.containsKey("--people") ? count(given, "--people") : small ? 2_000 : 400_000;
        int communities = given.containsKey("--communities") ? count(given, "--communities") : small ? 50 : 10_000;
        if (people < 100) {
            throw new UsageException("--people must be at least 100");
        }
        String url = "jdbc:postgresql://" + setting(given, environment, "host", "127.0.0.1") + ":"
                + setting(given, environment, "port", "55432") + "/" + setting(given, environment, "name", "werkraum")
                + "?ApplicationName=werkraum-bench-generator";
        return new Options(
                given.containsKey("--help"),
                people,
                communities,
                given.containsKey("--seed") ? number("--seed", given.get("--seed")) : 20_261_129L,
                given.containsKey("--replace"),
                given.getOrDefault("--password-from", "anna.schmidt"),
                url,
                setting(given, environment, "user", "werkraum"),
                setting(given, environment, "password", "werkraum"));
    }

    /** Flags with their values ("--people 2000" or "--people=2000"); switches get "true". */
    private static Map<String, String> flags(String[] args) throws UsageException {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value = null;
            int equals = flag.indexOf('=');
            if (flag.startsWith("--") && equals > 0) {
                value = flag.substring(equals + 1);
                flag = flag.substring(0, equals);
            }
            if (SWITCHES.contains(flag)) {
                given.put(flag.equals("-h") ? "--help" : flag, "true");
            } else if (VALUED.contains(flag)) {
                if (value == null) {
                    if (++i == args.length) {
                        throw new UsageException(flag + " needs a value");
                    }
                    value = args[i];
                }
                given.put(flag, value);
            } else {
                throw new UsageException("unknown option " + args[i]);
            }
        }
        return given;
    }

    /** --db-host, else $WERKRAUM_DB_HOST, else the run command's value. */
    private static String setting(
            Map<String, String> given, Map<String, String> environment, String name, String runCommandValue) {
        String flag = given.get("--db-" + name);
        return flag != null
                ? flag
                : environment.getOrDefault("WERKRAUM_DB_" + name.toUpperCase(Locale.ROOT), runCommandValue);
    }

    private static int count(Map<String, String> given, String flag) throws UsageException {
        long count = number(flag, given.get(flag));
        if (count < 0 || count > MAX_COUNT) {
            throw new UsageException(flag + " is from 0 to " + MAX_COUNT);
        }
        return (int) count;
    }

    /** A number, written plainly or grouped: 400000, 400_000, 400,000. */
    private static long number(String flag, String text) throws UsageException {
        try {
            return Long.parseLong(text.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " takes a number, not " + text);
        }
    }
}
