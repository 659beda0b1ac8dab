package org.werkraum.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.werkraum.devservices.EmbeddedDatabase;
import org.werkraum.devservices.TestServices;

/** Straight into the test database, for arranging what no API offers (an expired token, a deactivated person). */
final class Database {

    private Database() {}

    static int execute(String sql) {
        try (Connection connection = DriverManager.getConnection(
                        TestServices.database().jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new AssertionError("SQL failed: " + sql, e);
        }
    }

    /** The one number a query answers, such as a count. */
    static long queryLong(String sql) {
        return query(sql, result -> result.getLong(1));
    }

    /** The one text a query answers. */
    static String queryString(String sql) {
        return query(sql, result -> result.getString(1));
    }

    private interface Column<T> {
        T of(java.sql.ResultSet result) throws SQLException;
    }

    private static <T> T query(String sql, Column<T> column) {
        try (Connection connection = DriverManager.getConnection(
                        TestServices.database().jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new AssertionError("no row: " + sql);
            }
            return column.of(result);
        } catch (SQLException e) {
            throw new AssertionError("SQL failed: " + sql, e);
        }
    }
}
