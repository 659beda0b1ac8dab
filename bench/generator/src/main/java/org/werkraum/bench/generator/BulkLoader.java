package org.werkraum.bench.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the generated directory with one COPY per table, in the caller's transaction. The ids come from the
 * tables' identity sequences, a block per table taken before the rows are written, so the sequences are past the
 * generated rows from the start and the application keeps inserting with its own ids, during the load and after.
 */
final class BulkLoader {

    /** The first id of each table's block; generated numbers count from there. */
    private record Ids(long firstUnit, long firstPerson, long firstCommunity, long firstMembership) {

        long unit(Unit unit) {
            return firstUnit + unit.index;
        }

        long person(int number) {
            return firstPerson + number;
        }

        long community(int number) {
            return firstCommunity + number;
        }
    }

    private final Connection connection;
    private final Phases phases;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    BulkLoader(Connection connection, Phases phases) {
        this.connection = connection;
        this.phases = phases;
    }

    /** Returns the rows written per table. */
    Map<String, Long> load(
            OrgTree tree, List<Person> people, Communities.Generated generated, ExistingDirectory existing)
            throws SQLException {
        Ids ids;
        try (Phases.Phase phase = phases.start("reserve ids")) {
            ids = new Ids(
                    reserveIds("org_unit", tree.units().size()),
                    reserveIds("person", people.size()),
                    reserveIds("community", generated.communities().size()),
                    reserveIds("community_membership", generated.memberships().size()));
            phase.done();
        }
        copyUnits(tree, existing, ids);
        copyPeople(people, existing, ids);
        copyRoles(people, ids);
        copyExpertise(people, ids);
        copyCommunities(generated.communities(), ids);
        copyCommunityTags(generated.communities(), ids);
        copyMemberships(generated.memberships(), ids);
        return rows;
    }

    private void copyUnits(OrgTree tree, ExistingDirectory existing, Ids ids) throws SQLException {
        try (Phases.Phase phase = phases.start("copy org_unit");
                CopyRows copy = CopyRows.into(connection, "org_unit", "id, code, name, kind, parent_id, version")) {
            for (Unit unit : tree.units()) {
                copy.number(ids.unit(unit))
                        .text(unit.code)
                        .text(unit.name)
                        .text(unit.kind.name())
                        .id(unit.parent == null ? existing.companyId() : ids.unit(unit.parent))
                        .number(0)
                        .endRow();
            }
            finish(phase, "org_unit", copy);
        }
    }

    private void copyPeople(List<Person> people, ExistingDirectory existing, Ids ids) throws SQLException {
        String columns = "id, login, display_name, email, title, org_unit_id, location, manager_id, bio,"
                + " password_hash, active, created_at, version";
        try (Phases.Phase phase = phases.start("copy person");
                CopyRows copy = CopyRows.into(connection, "person", columns)) {
            for (Person person : people) {
                copy.number(ids.person(person.number()))
                        .text(person.login())
                        .text(person.displayName())
                        .text(person.login() + "@" + PreviousRun.MAIL_DOMAIN)
                        .text(person.title())
                        .number(ids.unit(person.unit()))
                        .text(person.location().name())
                        .id(person.manager() < 0 ? existing.companyHeadId() : ids.person(person.manager()))
                        .text(person.bio())
                        .text(existing.passwordHash())
                        .bool(true)
                        .instant(person.createdAt())
                        .number(0)
                        .endRow();
            }
            finish(phase, "person", copy);
        }
    }

    private void copyRoles(List<Person> people, Ids ids) throws SQLException {
        try (Phases.Phase phase = phases.start("copy person_role");
                CopyRows copy = CopyRows.into(connection, "person_role", "person_id, role")) {
            for (Person person : people) {
                for (String role : person.roles()) {
                    copy.number(ids.person(person.number())).text(role).endRow();
                }
            }
            finish(phase, "person_role", copy);
        }
    }

    private void copyExpertise(List<Person> people, Ids ids) throws SQLException {
        try (Phases.Phase phase = phases.start("copy person_expertise");
                CopyRows copy = CopyRows.into(connection, "person_expertise", "person_id, tag")) {
            for (Person person : people) {
                for (String tag : person.expertise()) {
                    copy.number(ids.person(person.number())).text(tag).endRow();
                }
            }
            finish(phase, "person_expertise", copy);
        }
    }

    private void copyCommunities(List<Community> communities, Ids ids) throws SQLException {
        String columns = "id, name, description, type, org_unit_id, created_by, created_at, version";
        try (Phases.Phase phase = phases.start("copy community");
                CopyRows copy = CopyRows.into(connection, "community", columns)) {
            for (Community community : communities) {
                copy.number(ids.community(community.number()))
                        .text(community.name())
                        .text(community.description())
                        .text(community.type())
                        .id(community.unit() == null ? null : ids.unit(community.unit()))
                        .number(ids.person(community.creator()))
                        .instant(community.createdAt())
                        .number(0)
                        .endRow();
            }
            finish(phase, "community", copy);
        }
    }

    private void copyCommunityTags(List<Community> communities, Ids ids) throws SQLException {
        try (Phases.Phase phase = phases.start("copy community_tag");
                CopyRows copy = CopyRows.into(connection, "community_tag", "community_id, tag")) {
            for (Community community : communities) {
                for (String tag : community.tags()) {
                    copy.number(ids.community(community.number())).text(tag).endRow();
                }
            }
            finish(phase, "community_tag", copy);
        }
    }

    private void copyMemberships(List<Membership> memberships, Ids ids) throws SQLException {
        String columns = "id, community_id, person_id, role, status, invited_by, since, version";
        try (Phases.Phase phase = phases.start("copy community_membership");
                CopyRows copy = CopyRows.into(connection, "community_membership", columns)) {
            long id = ids.firstMembership();
            for (Membership membership : memberships) {
                copy.number(id++)
                        .number(ids.community(membership.community()))
                        .number(ids.person(membership.person()))
                        .text(membership.role())
                        .text(membership.status())
                        .id(membership.invitedBy() < 0 ? null : ids.person(membership.invitedBy()))
                        .instant(membership.since())
                        .number(0)
                        .endRow();
            }
            finish(phase, "community_membership", copy);
        }
    }

    /**
     * Takes a block of ids from the table's identity sequence and returns the first. The next value and the new
     * position are set in one statement, so that no other session's insert gets an id of the block; ids above the
     * sequence (rows inserted with explicit ids) are skipped.
     */
    private long reserveIds(String table, int count) throws SQLException {
        if (count == 0) {
            return 0;
        }
        String sql = "select setval(s::regclass, greatest(nextval(s::regclass), (select coalesce(max(id), 0) + 1 from "
                + table + ")) + ? - 1) from pg_get_serial_sequence(?, 'id') s";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, count);
            statement.setString(2, table);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) - count + 1;
            }
        }
    }

    private void finish(Phases.Phase phase, String table, CopyRows copy) throws SQLException {
        long written = copy.finish();
        rows.put(table, written);
        phase.done(String.format(Locale.ROOT, "%,11d rows", written));
    }
}
