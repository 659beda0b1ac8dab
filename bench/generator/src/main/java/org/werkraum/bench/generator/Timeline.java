package org.werkraum.bench.generator;

import java.time.Instant;

/** The fixed dates of the generated history: fixed rather than "now", so that a seed always gives the same rows. */
final class Timeline {

    /** Werkraum's roll-out: the HR directory was imported in the first weeks of 2019. */
    static final Instant ROLLOUT = Instant.parse("2019-01-07T08:00:00Z");

    static final Instant ROLLOUT_DONE = Instant.parse("2019-03-29T18:00:00Z");

    /** The generated history ends here. */
    static final Instant END = Instant.parse("2026-11-01T00:00:00Z");

    private Timeline() {}

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
