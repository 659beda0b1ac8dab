package org.werkraum.bench.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tries the generator without the run command: starts a scratch PostgreSQL with Werkraum's schema and a few
 * demo-like rows, generates into it with the given options, counts the rows per table, and stops it again.
 *
 * <pre>
 * ./mvnw -q -f bench/generator/pom.xml test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.werkraum.bench.generator.ScratchRun -Dexec.args="--people 400000"
 * </pre>
 */
public final class ScratchRun {

    private static final List<String> TABLES = List.of(
            "org_unit",
            "person",
            "person_role",
            "person_expertise",
            "community",
            "community_tag",
            "community_membership");

    private ScratchRun() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("scratch.port", 55472);
        int status;
        try (ScratchDatabase database = ScratchDatabase.start(port)) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(database.flags());
            status = GenerateDirectory.run(all.toArray(String[]::new), Map.of(), System.out, System.err);
            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement()) {
                System.out.println("Rows in the scratch database (the demo-like rows included):");
                for (String table : TABLES) {
                    try (ResultSet result = statement.executeQuery("select count(*) from " + table)) {
                        result.next();
                        System.out.printf(Locale.ROOT, "  %-30s %,11d%n", table, result.getLong(1));
                    }
                }
            }
        }
        System.exit(status);
    }
}
