package org.werkraum.people;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.werkraum.shared.Tags;

/**
 * The HR directory's CSV export as rows, with every problem of the file itself by line number: columns, cell
 * formats, duplicates within the file. Pure parsing; what the rows mean for the database is {@link DirectoryImport}'s
 * business.
 *
 * <p>
 * Columns (header required, order free): {@code login, display_name, email, title, org_unit, location, manager,
 * roles, expertise}. {@code org_unit} is the unit's path from the company down, separated by {@code >} (for example
 * {@code Werkraum AG > Engineering > Platform}); {@code manager} is a login from the file or the directory;
 * {@code roles} and {@code expertise} are separated by {@code ;}.
 */
final class DirectoryCsv {

    static final List<String> COLUMNS =
            List.of("login", "display_name", "email", "title", "org_unit", "location", "manager", "roles", "expertise");
    private static final Set<String> REQUIRED = Set.of("login", "display_name", "email");
    static final int MAX_ROWS = 20_000;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    record Row(
            long line,
            String login,
            String displayName,
            String email,
            String title,
            List<String> unitPath,
            String location,
            String manager,
            Set<Role> roles,
            Set<String> expertise) {}

    private DirectoryCsv() {}

    /** Reads every row and checks each on its own; references between rows are checked later. */
    static List<Row> parse(String csv, List<ImportProblem> problems) {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            Set<String> header = new HashSet<>();
            parser.getHeaderNames().forEach(name -> header.add(name.strip().toLowerCase(Locale.ROOT)));
            for (String required : REQUIRED) {
                if (!header.contains(required)) {
                    problems.add(ImportProblem.of(
                            1, required, "import.problem.missingColumn", "required column is missing"));
                }
            }
            for (String name : header) {
                if (!COLUMNS.contains(name)) {
                    problems.add(ImportProblem.of(
                            1,
                            name,
                            "import.problem.unknownColumn",
                            "unknown column; expected {0}",
                            String.join(", ", COLUMNS)));
                }
            }
            if (!problems.isEmpty()) {
                return rows;
            }
            Map<String, String> columnNames = new HashMap<>();
            parser.getHeaderNames().forEach(name -> columnNames.put(name.strip().toLowerCase(Locale.ROOT), name));
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                long line = lines.lineAt(record.getCharacterPosition());
                if (rows.size() >= MAX_ROWS) {
                    problems.add(ImportProblem.of(
                            line, null, "import.problem.tooManyRows", "more than {0} rows; split the file", MAX_ROWS));
                    break;
                }
                rows.add(parseRow(line, record, columnNames, problems));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(ImportProblem.of(
                    rows.size() + 2L,
                    null,
                    "import.problem.unreadable",
                    "not a readable CSV file: {0}",
                    e.getMessage()));
        }
        return rows;
    }

    private static Row parseRow(
            long line, CSVRecord record, Map<String, String> columns, List<ImportProblem> problems) {
        if (!record.isConsistent()) {
            problems.add(ImportProblem.of(
                    line,
                    null,
                    "import.problem.cellCount",
                    "has {0} cells, the header has {1}",
                    record.size(),
                    columns.size()));
        }
        String login = cell(record, columns, "login").toLowerCase(Locale.ROOT);
        String displayName = cell(record, columns, "display_name");
        String email = cell(record, columns, "email").toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            problems.add(ImportProblem.of(
                    line,
                    "login",
                    "import.problem.login",
                    "must be 2 to 64 lower-case letters, digits, dots, hyphens or underscores, got ''{0}''",
                    login));
        }
        if (displayName.isEmpty() || displayName.length() > 200) {
            problems.add(ImportProblem.of(
                    line, "display_name", "import.problem.displayName", "must not be empty or longer than 200"));
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            problems.add(ImportProblem.of(
                    line, "email", "import.problem.email", "is not an e-mail address: ''{0}''", email));
        }
        List<String> unitPath = new ArrayList<>();
        String unit = cell(record, columns, "org_unit");
        if (!unit.isEmpty()) {
            for (String part : unit.split(">")) {
                if (part.isBlank() || part.strip().length() > 200) {
                    problems.add(ImportProblem.of(
                            line,
                            "org_unit",
                            "import.problem.orgUnit",
                            "has an empty or too long part: ''{0}''",
                            unit));
                    break;
                }
                unitPath.add(part.strip());
            }
        }
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        for (String role : split(cell(record, columns, "roles"))) {
            try {
                roles.add(Role.valueOf(role.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(ImportProblem.of(
                        line,
                        "roles",
                        "import.problem.role",
                        "unknown role ''{0}''; known: {1}",
                        role,
                        EnumSet.allOf(Role.class)));
            }
        }
        Set<String> expertise = new TreeSet<>();
        for (String tag : split(cell(record, columns, "expertise"))) {
            if (tag.length() > 64) {
                problems.add(ImportProblem.of(
                        line, "expertise", "import.problem.expertise", "tag longer than 64: ''{0}''", tag));
            } else {
                expertise.add(Tags.normalize(tag));
            }
        }
        String title = cell(record, columns, "title");
        String location = cell(record, columns, "location");
        if (title.length() > 200 || location.length() > 120) {
            problems.add(ImportProblem.of(
                    line, title.length() > 200 ? "title" : "location", "import.problem.tooLong", "too long"));
        }
        return new Row(
                line,
                login,
                displayName,
                email,
                emptyToNull(title),
                unitPath,
                emptyToNull(location),
                emptyToNull(cell(record, columns, "manager").toLowerCase(Locale.ROOT)),
                roles,
                expertise);
    }

    /**
     * Every login and e-mail address may appear once in the file; returns the line of each login, for references
     * from other rows.
     */
    static Map<String, Long> firstLines(List<Row> rows, List<ImportProblem> problems) {
        Map<String, Long> firstLineOfLogin = new HashMap<>();
        Map<String, Long> firstLineOfEmail = new HashMap<>();
        for (Row row : rows) {
            Long earlier = firstLineOfLogin.putIfAbsent(row.login(), row.line());
            if (earlier != null) {
                problems.add(ImportProblem.of(
                        row.line(),
                        "login",
                        "import.problem.duplicate",
                        "''{0}'' is already on line {1}",
                        row.login(),
                        earlier));
            }
            earlier = firstLineOfEmail.putIfAbsent(row.email(), row.line());
            if (earlier != null) {
                problems.add(ImportProblem.of(
                        row.line(),
                        "email",
                        "import.problem.duplicate",
                        "''{0}'' is already on line {1}",
                        row.email(),
                        earlier));
            }
        }
        return firstLineOfLogin;
    }

    /** Line numbers (from 1) of character positions, for messages that point into the file. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long characterPosition) {
            while (position < characterPosition && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    static String readAll(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return "";
        }
        return record.get(header).strip();
    }

    private static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
