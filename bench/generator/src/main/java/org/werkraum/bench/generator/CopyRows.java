package org.werkraum.bench.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The rows of one {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format, sent in blocks of about a
 * megabyte: a few million rows take seconds, where single inserts would take many minutes.
 */
final class CopyRows implements AutoCloseable {

    private static final int BLOCK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder block = new StringBuilder(BLOCK + 4096);
    private boolean rowStarted;
    private boolean finished;

    private CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    static CopyRows into(Connection connection, String table, String columns) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        return new CopyRows(postgres.getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
    }

    CopyRows text(String value) {
        separate();
        if (value == null) {
            block.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> block.append("\\\\");
                case '\t' -> block.append("\\t");
                case '\n' -> block.append("\\n");
                case '\r' -> block.append("\\r");
                default -> block.append(c);
            }
        }
        return this;
    }

    CopyRows number(long value) {
        separate();
        block.append(value);
        return this;
    }

    /** A reference to another row, or NULL. */
    CopyRows id(Long value) {
        return value == null ? text(null) : number(value);
    }

    CopyRows instant(Instant value) {
        return text(value.toString());
    }

    CopyRows bool(boolean value) {
        return text(value ? "t" : "f");
    }

    CopyRows endRow() throws SQLException {
        block.append('\n');
        rowStarted = false;
        if (block.length() >= BLOCK) {
            flush();
        }
        return this;
    }

    /** Ends the COPY; returns the rows PostgreSQL took. */
    long finish() throws SQLException {
        flush();
        finished = true;
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (!finished && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separate() {
        if (rowStarted) {
            block.append('\t');
        }
        rowStarted = true;
    }

    private void flush() throws SQLException {
        byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        block.setLength(0);
    }
}
