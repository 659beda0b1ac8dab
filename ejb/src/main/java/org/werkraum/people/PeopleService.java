package org.werkraum.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.werkraum.outbox.Outbox;
import org.werkraum.search.DocumentType;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.LikePattern;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.shared.Tags;

/** Profiles, the org chart and the people directory. */
@ApplicationScoped
@Transactional
public class PeopleService {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    Outbox outbox;

    @Inject
    Locations locations;

    @Inject
    Event<Locations.Changed> locationsChanged;

    /**
     * The profile of one person, with his place in the org chart and whether the caller may edit it. A deactivated
     * person is "not found" for everyone but admins.
     */
    public PersonProfile profile(Caller caller, long personId) {
        Person person = find(personId);
        if (!policy.canSeePerson(caller, person.active())) {
            throw new NotFoundException("person", personId);
        }
        return toProfile(caller, person);
    }

    /** The same, addressed by login as profile pages are ({@code /people/anna.schmidt}). */
    public PersonProfile profile(Caller caller, String login) {
        // one statement for the person, the unit, expertise and roles (a few rows: expertise times roles, made one
        // person by Hibernate without a distinct for the database to sort); a list, not a stream: for a stream
        // Hibernate scrolls a cursor of its own (with it, this one statement took 9 % of the profile page's CPU)
        Person person = em
                .createQuery(
                        "select p from Person p left join fetch p.orgUnit left join fetch p.expertise"
                                + " left join fetch p.roles where p.login = :login",
                        Person.class)
                .setParameter("login", login)
                .getResultList()
                .stream()
                .findFirst()
                .filter(p -> policy.canSeePerson(caller, p.active()))
                .orElseThrow(() -> new NotFoundException("person", login));
        return toProfile(caller, person);
    }

    /** One person's name and place, if the caller may see him: for pages that name a person, not show his profile. */
    public PersonSummary summary(Caller caller, String login) {
        return em
                .createQuery("select p from Person p left join fetch p.orgUnit where p.login = :login", Person.class)
                .setParameter("login", login)
                .getResultList()
                .stream()
                .filter(p -> policy.canSeePerson(caller, p.active()))
                .findFirst()
                .map(PersonSummary::of)
                .orElseThrow(() -> new NotFoundException("person", login));
    }

    public Optional<PersonSummary> byLogin(String login) {
        return em
                .createQuery("select p from Person p where p.login = :login", Person.class)
                .setParameter("login", login)
                .getResultList()
                .stream()
                .findFirst()
                .map(PersonSummary::of);
    }

    /** The caller as services need him: his id and roles, read fresh from the database. */
    public Optional<Caller> caller(String login) {
        return em
                .createQuery("select p from Person p where p.login = :login and p.active = true", Person.class)
                .setParameter("login", login)
                .getResultList()
                .stream()
                .findFirst()
                .map(p -> new Caller(p.id(), p.login(), p.roles()));
    }

    /**
     * Changes a profile.
     *
     * @param expectedVersion
     *            the version the editor started from; a concurrent change by someone else is refused, not overwritten
     */
    public PersonProfile updateProfile(
            Caller caller, long personId, long expectedVersion, @Valid ProfileChange change) {
        Person person = find(personId);
        if (!policy.canSeePerson(caller, person.active())) {
            throw new NotFoundException("person", personId);
        }
        if (!policy.canEditProfile(caller, personId)) {
            throw new AccessDeniedException(
                    "error.profile.notYours", "only the person himself or an admin may" + " edit a profile");
        }
        if (person.version() != expectedVersion) {
            throw new ConflictException(
                    "error.profile.changedMeanwhile",
                    "the profile was changed by someone else meanwhile; reload and edit again");
        }
        checkLink("linkedinUrl", change.linkedinUrl(), "linkedin.com");
        checkLink("xingUrl", change.xingUrl(), "xing.com");
        checkLink("xUrl", change.xUrl(), "x.com", "twitter.com");
        Set<String> expertise = new TreeSet<>();
        change.expertise().forEach(tag -> expertise.add(Tags.normalize(tag)));
        person.changeProfile(new ProfileChange(
                blankToNull(change.title()),
                blankToNull(change.location()),
                blankToNull(change.bio()),
                blankToNull(change.linkedinUrl()),
                blankToNull(change.xingUrl()),
                blankToNull(change.xUrl()),
                expertise));
        locationsChanged.fire(new Locations.Changed());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(
                    "error.profile.changedMeanwhile",
                    "the profile was changed by someone else meanwhile; reload and edit again");
        }
        outbox.changed(DocumentType.PERSON, personId);
        return toProfile(caller, person);
    }

    /**
     * The people directory, sorted by name. The matches are counted only as far as {@link Page#countedAtMost()} and by
     * the database alone; a page's rows come with their org unit's name in the same query.
     */
    @SuppressWarnings("unchecked")
    public Page<PersonSummary> directory(DirectoryFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where p.active");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and (lower(p.display_name) like :name or lower(p.login) like :name)");
            parameters.put("name", LikePattern.containing(filter.name()));
        }
        if (filter.orgUnitId() != null) {
            where.append(" and p.org_unit_id in (with recursive below(id) as (select cast(:unit as bigint)"
                    + " union all select u.id from org_unit u join below b on u.parent_id = b.id)"
                    + " select id from below)");
            parameters.put("unit", filter.orgUnitId());
        }
        if (filter.location() != null && !filter.location().isBlank()) {
            where.append(" and lower(p.location) = :location");
            parameters.put("location", filter.location().strip().toLowerCase(Locale.ROOT));
        }
        // the page is found in the index on (display_name, id) first; only its twenty rows are then read in full
        Query rows = em.createNativeQuery("select p.id, p.login, p.display_name, p.title, u.name, p.location"
                + " from (select p.id, p.display_name from person p" + where
                + " order by p.display_name, p.id offset :offset limit :limit) page"
                + " join person p on p.id = page.id left join org_unit u on u.id = p.org_unit_id"
                + " order by page.display_name, page.id");
        parameters.forEach(rows::setParameter);
        List<PersonSummary> items = ((List<Object[]>) rows.setParameter("offset", page.offset())
                        .setParameter("limit", page.size())
                        .getResultList())
                .stream().map(PeopleService::summary).toList();
        if (Page.isLast(page, items.size())) {
            return new Page<>(items, page.page(), page.size(), page.offset() + items.size());
        }
        int countedAtMost = Page.countedAtMost();
        Query count = em.createNativeQuery(
                "select count(*) from (select 1 from person p" + where + " limit :cap) matches", Long.class);
        parameters.forEach(count::setParameter);
        long counted = ((Number) count.setParameter("cap", countedAtMost + 1).getSingleResult()).longValue();
        return new Page<>(items, page.page(), page.size(), Math.min(counted, countedAtMost), counted > countedAtMost);
    }

    /** Active people whose name or login contains the text, by name: suggestions while typing, never counted. */
    public List<PersonSummary> named(String text, int max) {
        return em
                .createQuery(
                        "select p from Person p where p.active = true and (lower(p.displayName) like :name or"
                                + " lower(p.login) like :name) order by p.displayName, p.id",
                        Person.class)
                .setParameter("name", LikePattern.containing(text == null ? "" : text))
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(PersonSummary::of)
                .toList();
    }

    /**
     * Active people to mention while "@ann" is typed: those whose login, name or last name starts with the text, by
     * name. Three index walks in order, each stopped after {@code max}, so that the answer takes the same few
     * milliseconds among 400,000 people for two letters as for ten.
     */
    @SuppressWarnings("unchecked")
    public List<PersonSummary> mentionable(String typed, int max) {
        String low = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (low.isEmpty()) {
            return List.of();
        }
        // everything that starts with the text lies between it and the text with its last character one higher
        int last = low.codePointBefore(low.length());
        String high = low.substring(0, low.length() - Character.charCount(last)) + Character.toString(last + 1);
        StringBuilder sql =
                new StringBuilder("select m.id, m.login, m.display_name, m.title, u.name, m.location from (");
        String[] keys = {"lower(p.login)", "lower(p.display_name)", "lower(substring(p.display_name from '[^ ]+$'))"};
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i] + " collate \"C\"";
            sql.append(i == 0 ? "" : " union ")
                    .append("(select p.id, p.login, p.display_name, p.title, p.org_unit_id, p.location from person p")
                    .append(" where p.active and ")
                    .append(key)
                    .append(" >= :low and ")
                    .append(key)
                    .append(" < :high order by ")
                    .append(key)
                    .append(" limit :max)");
        }
        sql.append(") m left join org_unit u on u.id = m.org_unit_id order by m.display_name, m.id limit :max");
        List<Object[]> rows = em.createNativeQuery(sql.toString())
                .setParameter("low", low)
                .setParameter("high", high)
                .setParameter("max", max)
                .getResultList();
        return rows.stream().map(PeopleService::summary).toList();
    }

    /** People the caller works with: his manager, his peers in the same org unit and his direct reports. */
    @SuppressWarnings("unchecked")
    public List<PersonSummary> colleagues(Caller caller, int max) {
        // three index look-ups joined, not one condition with "or": a prepared statement's generic plan would walk
        // the whole directory in name order to find a dozen people
        List<Object[]> rows = em.createNativeQuery("select p.id, p.login, p.display_name, p.title, u.name, p.location"
                        + " from person p left join org_unit u on u.id = p.org_unit_id"
                        + " where p.active and p.id <> :me and p.id in ("
                        + " select manager_id from person where id = :me"
                        + " union all select id from person where manager_id = :me"
                        + " union all select id from person where org_unit_id = (select org_unit_id from person"
                        + " where id = :me))"
                        + " order by p.display_name, p.id limit :max")
                .setParameter("me", caller.personId())
                .setParameter("max", max)
                .getResultList();
        return rows.stream().map(PeopleService::summary).toList();
    }

    /**
     * The org units whose name contains the text: those whose name starts with it first, then those with a word
     * starting with it, then the rest, each by name (typing "search" finds the Search Team before every Research
     * department). The choice of a unit among 25,000 is typed, not picked from a list.
     */
    public List<OrgUnitSummary> orgUnitsNamed(String text, int max) {
        String typed = text == null ? "" : text;
        return em
                .createQuery(
                        "select u from OrgUnit u where lower(u.name) like :name order by case when lower(u.name) like"
                                + " :start then 0 when lower(u.name) like :word then 1 else 2 end, u.name, u.id",
                        OrgUnit.class)
                .setParameter("name", LikePattern.containing(typed))
                .setParameter("start", LikePattern.startingWith(typed))
                .setParameter("word", LikePattern.withWordStartingWith(typed))
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(OrgUnitSummary::of)
                .toList();
    }

    public Optional<OrgUnitSummary> orgUnit(long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id)).map(OrgUnitSummary::of);
    }

    /** The locations active people work at, by name. */
    public List<String> locations() {
        return locations.all();
    }

    Person find(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("person", personId);
        }
        return person;
    }

    /**
     * A profile in the same few queries whatever the depth of the org chart: the person (with his org unit), his units
     * up to the company, his managers up to the top and his direct reports, each walked by the database in one go.
     */
    private PersonProfile toProfile(Caller caller, Person person) {
        List<OrgUnitSummary> orgPath =
                person.orgUnit() == null ? List.of() : orgPath(person.orgUnit().id());
        List<PersonSummary> reports = em.createQuery(
                        "select new org.werkraum.people.PersonSummary(p.id, p.login, p.displayName, p.title, u.name,"
                                + " p.location) from Person p left join p.orgUnit u"
                                + " where p.manager.id = :boss and p.active = true order by p.displayName, p.id",
                        PersonSummary.class)
                .setParameter("boss", person.id())
                .getResultList();
        return new PersonProfile(
                person.id(),
                person.login(),
                person.displayName(),
                person.email(),
                person.title(),
                person.location(),
                person.bio(),
                person.linkedinUrl(),
                person.xingUrl(),
                person.xUrl(),
                person.expertise(),
                person.roles(),
                orgPath,
                managerChain(person.id()),
                reports,
                person.version(),
                policy.canEditProfile(caller, person.id()),
                person.active(),
                person.active() && policy.canResetPasswords(caller));
    }

    /** The unit and its parents up to the company (64 at most, should the tree ever hold a loop). */
    @SuppressWarnings("unchecked")
    private List<OrgUnitSummary> orgPath(long unitId) {
        List<Object[]> rows = em.createNativeQuery("with recursive up(id, depth) as ("
                        + " select cast(:unit as bigint), 0"
                        + " union all"
                        + " select u.parent_id, up.depth + 1 from up join org_unit u on u.id = up.id"
                        + " where u.parent_id is not null and up.depth < 63)"
                        + " select u.id, u.code, u.name, u.kind, u.parent_id from up join org_unit u on u.id = up.id"
                        + " order by up.depth")
                .setParameter("unit", unitId)
                .getResultList();
        return rows.stream()
                .map(row -> new OrgUnitSummary(
                        ((Number) row[0]).longValue(),
                        (String) row[1],
                        (String) row[2],
                        OrgUnitKind.valueOf((String) row[3]),
                        row[4] == null ? null : ((Number) row[4]).longValue()))
                .toList();
    }

    /** The person's manager, the manager's manager and so on up to the top; a loop in the data ends the chain. */
    @SuppressWarnings("unchecked")
    private List<PersonSummary> managerChain(long personId) {
        List<Object[]> rows = em.createNativeQuery("with recursive chain(id, depth, seen) as ("
                        + " select manager_id, 1, array[id] from person where id = :person and manager_id is not null"
                        + " union all"
                        + " select p.manager_id, c.depth + 1, c.seen || c.id from chain c join person p on p.id = c.id"
                        + " where p.manager_id is not null and not p.manager_id = any(c.seen || c.id))"
                        + " select p.id, p.login, p.display_name, p.title, u.name, p.location"
                        + " from chain c join person p on p.id = c.id left join org_unit u on u.id = p.org_unit_id"
                        + " order by c.depth")
                .setParameter("person", personId)
                .getResultList();
        return rows.stream().map(PeopleService::summary).toList();
    }

    /** A row of id, login, display name, title, org unit name and location. */
    private static PersonSummary summary(Object[] row) {
        return new PersonSummary(
                ((Number) row[0]).longValue(),
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5]);
    }

    private static void checkLink(String field, String url, String... hosts) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean httpish = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            for (String allowed : hosts) {
                if (httpish && (host.equals(allowed) || host.endsWith("." + allowed))) {
                    return;
                }
            }
        } catch (java.net.URISyntaxException e) {
            // falls through to the same message as a wrong host
        }
        throw new InvalidInputException(
                field, "error.profile.link", "the link must be a web address on " + hosts[0], hosts[0]);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
