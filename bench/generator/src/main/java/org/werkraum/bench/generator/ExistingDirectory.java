package org.werkraum.bench.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the database holds before the generator adds to it: the company the generated divisions join, and the
 * logins and community names they must not repeat.
 *
 * @param companyId the top org unit, or null when there is none (then the generator makes a company of its own)
 * @param companyHeadId the company's manager (a person of the top unit without a manager), to whom the generated
 *     division heads report; may be null
 * @param passwordHash the hash every generated person gets, copied from an existing person
 */
record ExistingDirectory(
        Long companyId,
        Long companyHeadId,
        List<String> companyUnitNames,
        List<String> logins,
        List<String> communityNames,
        String passwordHash) {

    /** The password hash of the person whose password everyone generated shares. */
    static String passwordHashOf(Connection connection, String login) throws SQLException {
        List<Object> hash = column(
                connection, "select password_hash from person where login = ? and password_hash is not null", login);
        if (hash.isEmpty()) {
            throw new Refusal("No person '" + login + "' with a password in the database, whose password the"
                    + " generated people would share. Start the run command once (it loads the demo data), or name"
                    + " another person with --password-from.");
        }
        return (String) hash.get(0);
    }

    static ExistingDirectory read(Connection connection, String passwordHash) throws SQLException {
        List<Object> company = column(
                connection, "select id from org_unit where parent_id is null order by kind <> 'COMPANY', id limit 1");
        if (company.isEmpty()) {
            return new ExistingDirectory(
                    null, null, List.of(), logins(connection), communityNames(connection), passwordHash);
        }
        Long companyId = (Long) company.get(0);
        List<Object> head = column(
                connection,
                "select id from person where org_unit_id = ? and manager_id is null and active order by id limit 1",
                companyId);
        return new ExistingDirectory(
                companyId,
                head.isEmpty() ? null : (Long) head.get(0),
                column(connection, "select name from org_unit where parent_id = ?", companyId).stream()
                        .map(String.class::cast)
                        .toList(),
                logins(connection),
                communityNames(connection),
                passwordHash);
    }

    boolean hasCompany() {
        return companyId != null;
    }

    private static List<String> logins(Connection connection) throws SQLException {
        return column(connection, "select lower(login) from person").stream()
                .map(String.class::cast)
                .toList();
    }

    private static List<String> communityNames(Connection connection) throws SQLException {
        return column(connection, "select name from community").stream()
                .map(String.class::cast)
                .toList();
    }

    private static List<Object> column(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        }
    }
}
