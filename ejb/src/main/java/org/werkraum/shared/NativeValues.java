package org.werkraum.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native queries' rows as the domain uses them, whichever type the JDBC driver chose. */
public final class NativeValues {

    private NativeValues() {}

    /** A {@code timestamptz} column: an instant, or null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        throw new IllegalArgumentException(
                "not a point in time: " + value.getClass().getName());
    }
}
