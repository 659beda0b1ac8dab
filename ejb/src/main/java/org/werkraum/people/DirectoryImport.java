package org.werkraum.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.werkraum.outbox.Outbox;
import org.werkraum.people.DirectoryCsv.Row;
import org.werkraum.search.DocumentType;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;

/**
 * Imports people and org units from the HR directory's CSV export ({@link DirectoryCsv} reads it): all or nothing.
 * Every row is checked first, against the file and against the directory; one bad row and nothing is imported, with
 * every problem reported by line number. Missing org units are created, their kind following from the depth. People
 * already known by login are updated; people not in the file are left as they are.
 */
@ApplicationScoped
@Transactional
public class DirectoryImport {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    Outbox outbox;

    @Inject
    Event<Locations.Changed> locationsChanged;

    /**
     * @throws ImportRejectedException
     *             listing every bad row; nothing was changed
     */
    public ImportResult importCsv(Caller caller, Reader csv) {
        if (!policy.canImportDirectory(caller)) {
            throw new AccessDeniedException("error.import.adminsOnly", "only admins may import the directory");
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = DirectoryCsv.parse(DirectoryCsv.readAll(csv), problems);
        checkReferences(rows, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return apply(rows);
    }

    private void checkReferences(List<Row> rows, List<ImportProblem> problems) {
        Map<String, Long> firstLineOfLogin = DirectoryCsv.firstLines(rows, problems);
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
        locationsChanged.fire(new Locations.Changed());
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
}
