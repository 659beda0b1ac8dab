package org.werkraum.bench.generator;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** The randomness of one part of the generation: seeded, so that a seed always gives the same directory. */
final class Draw {

    private final SplittableRandom random;

    /** Each part draws from a stream of its own, so that more communities, say, leave the people as they were. */
    Draw(long seed, String part) {
        this.random = new SplittableRandom(seed * 1_000_003L + part.hashCode());
    }

    /** 0 to bound - 1. */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** min to max, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** 0 (included) to 1 (excluded). */
    double fraction() {
        return random.nextDouble();
    }

    <T> T any(List<T> items) {
        return items.get(below(items.size()));
    }

    /** A uniformly drawn instant from from (included) to to (excluded); from when the range is empty. */
    Instant between(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        return seconds <= 0 ? from : from.plusSeconds(random.nextLong(seconds));
    }

    /**
     * A heavy-tailed size (Pareto): at least min, P(size > s) = (min / s)^alpha, at most max. With alpha below 1,
     * most draws are small and a few are huge, like the member counts of real communities.
     */
    int heavyTailed(int min, double alpha, int max) {
        double size = min / Math.pow(1.0 - random.nextDouble(), 1.0 / alpha);
        return (int) Math.max(Math.min(min, max), Math.min(max, Math.floor(size)));
    }

    /** A permutation of 0 to size - 1. */
    int[] shuffled(int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
