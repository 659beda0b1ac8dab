package org.werkraum.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.werkraum.outbox.Outbox;
import org.werkraum.search.DocumentType;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.Tags;

/**
 * Imports people and org units from the HR directory's CSV export: all or nothing. Every row is checked first; one
 * bad row and nothing is imported, with every problem reported by line number.
 *
 * <p>
 * Columns (header required, order free): {@code login, display_name, email, title, org_unit, location, manager,
 * roles, expertise}. {@code org_unit} is the unit's path from the company down, separated by {@code >} (for example
 * {@code Werkraum AG > Engineering > Platform}); missing units are created, their kind following from the depth.
 * {@code manager} is a login from the file or the directory; {@code roles} and {@code expertise} are separated by
 * {@code ;}. People already known by login are updated; people not in the file are left as they are.
 */
@ApplicationScoped
@Transactional
public class DirectoryImport {

    public static final List<String> COLUMNS =
            List.of("login", "display_name", "email", "title", "org_unit", "location", "manager", "roles", "expertise");
    private static final Set<String> REQUIRED = Set.of("login", "display_name", "email");
    public static final int MAX_ROWS = 20_000;
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    Outbox outbox;

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

    /**
     * @throws ImportRejectedException
     *             listing every bad row; nothing was changed
     */
    public ImportResult importCsv(Caller caller, Reader csv) {
        if (!policy.canImportDirectory(caller)) {
            throw new AccessDeniedException("error.import.adminsOnly", "only admins may import the directory");
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = parse(readAll(csv), problems);
        checkReferences(rows, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return apply(rows);
    }

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

    private void checkReferences(List<Row> rows, List<ImportProblem> problems) {
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
        Map<String, String> knownEmails = new HashMap<>();
        em.createQuery("select p.email, p.login from Person p", Object[].class)
                .getResultStream()
                .forEach(r -> knownEmails.put((String) r[0], (String) r[1]));
        Set<String> knownLogins = new HashSet<>(knownEmails.values());
        for (Row row : rows) {
            String owner = knownEmails.get(row.email());
            if (owner != null && !owner.equals(row.login()) && !firstLineOfLogin.containsKey(owner)) {
                problems.add(ImportProblem.of(
                        row.line(),
                        "email",
                        "import.problem.emailTaken",
                        "''{0}'' belongs to {1}",
                        row.email(),
                        owner));
            }
            if (row.manager() != null) {
                if (row.manager().equals(row.login())) {
                    problems.add(ImportProblem.of(
                            row.line(), "manager", "import.problem.ownManager", "a person cannot be his own manager"));
                } else if (!firstLineOfLogin.containsKey(row.manager()) && !knownLogins.contains(row.manager())) {
                    problems.add(ImportProblem.of(
                            row.line(),
                            "manager",
                            "import.problem.unknownManager",
                            "unknown login ''{0}''",
                            row.manager()));
                }
            }
        }
        problems.sort((a, b) -> Long.compare(a.line(), b.line()));
    }

    private ImportResult apply(List<Row> rows) {
        Map<List<String>, OrgUnit> units = new LinkedHashMap<>();
        int[] unitsCreated = {0};
        Map<String, Person> people = new HashMap<>();
        int created = 0;
        int updated = 0;
        for (Row row : rows) {
            Person person = em.createQuery("select p from Person p where p.login = :login", Person.class)
                    .setParameter("login", row.login())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (person == null) {
                person = new Person(row.login(), row.displayName(), row.email());
                em.persist(person);
                created++;
            } else {
                updated++;
            }
            people.put(row.login(), person);
        }
        for (Row row : rows) {
            Person person = people.get(row.login());
            OrgUnit unit = row.unitPath().isEmpty() ? null : unit(row.unitPath(), units, unitsCreated);
            Person manager = row.manager() == null
                    ? null
                    : people.computeIfAbsent(
                            row.manager(),
                            login -> em.createQuery("select p from Person p where p.login = :login", Person.class)
                                    .setParameter("login", login)
                                    .getSingleResult());
            person.changeDirectoryFacts(row.displayName(), row.email(), row.title(), unit, row.location(), manager);
            person.changeRoles(row.roles());
            if (!row.expertise().isEmpty()) {
                person.changeProfile(new ProfileChange(
                        row.title(),
                        row.location(),
                        person.bio(),
                        person.linkedinUrl(),
                        person.xingUrl(),
                        person.xUrl(),
                        row.expertise()));
            }
        }
        em.flush();
        for (Row row : rows) {
            outbox.changed(DocumentType.PERSON, people.get(row.login()).id());
        }
        return new ImportResult(created, updated, unitsCreated[0]);
    }

    private OrgUnit unit(List<String> path, Map<List<String>, OrgUnit> cache, int[] created) {
        OrgUnit cached = cache.get(path);
        if (cached != null) {
            return cached;
        }
        OrgUnit parent = path.size() == 1 ? null : unit(path.subList(0, path.size() - 1), cache, created);
        String code = code(path);
        OrgUnit unit = em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
        OrgUnitKind kind = switch (path.size()) {
            case 1 -> OrgUnitKind.COMPANY;
            case 2 -> OrgUnitKind.DIVISION;
            case 3 -> OrgUnitKind.DEPARTMENT;
            default -> OrgUnitKind.TEAM;
        };
        if (unit == null) {
            unit = new OrgUnit(code, path.get(path.size() - 1), kind, parent);
            em.persist(unit);
            created[0]++;
        }
        cache.put(List.copyOf(path), unit);
        return unit;
    }

    /** A stable key of a unit from its path, short enough for the column. */
    static String code(List<String> path) {
        String joined = String.join(">", path).toLowerCase(Locale.ROOT);
        String readable = path.get(path.size() - 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        readable = readable.substring(0, Math.min(readable.length(), 40));
        // a digest of the whole path keeps equally named units in different places apart
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return readable + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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

    private static String readAll(Reader reader) {
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
