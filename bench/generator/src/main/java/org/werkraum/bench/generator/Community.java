package org.werkraum.bench.generator;

import java.time.Instant;
import java.util.List;

/**
 * A generated community; {@code number} counts from 0.
 *
 * @param type a value of {@code community.type}
 * @param unit the org unit it belongs to, or null
 * @param creator the person number of its first owner
 */
record Community(
        int number,
        String name,
        String description,
        String type,
        Unit unit,
        int creator,
        Instant createdAt,
        List<String> tags) {}
