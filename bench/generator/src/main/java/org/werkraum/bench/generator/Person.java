package org.werkraum.bench.generator;

import java.time.Instant;
import java.util.List;

/**
 * A generated person; {@code number} counts from 0 in the org tree's preorder.
 *
 * @param manager the number of the person's manager, or -1 for the heads of the generated tree's top units (who
 *     report to the existing company's head)
 * @param roles values of {@code person_role.role}
 */
record Person(
        int number,
        String login,
        String displayName,
        String title,
        Unit unit,
        Vocabulary.Location location,
        int manager,
        String bio,
        Instant createdAt,
        List<String> roles,
        List<String> expertise) {}
