package org.werkraum.bench.generator;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** A choice among items with weights, like names by frequency or locations by head count. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    static <T> Weighted<T> of(List<T> items, ToDoubleFunction<T> weight) {
        return new Weighted<>(items, items.stream().mapToDouble(weight).toArray());
    }

    /** Items listed most common first, weighted like word frequencies: the first about 20 times the 200th. */
    static <T> Weighted<T> byRank(List<T> items) {
        double[] weights = new double[items.size()];
        for (int rank = 0; rank < weights.length; rank++) {
            weights[rank] = 1.0 / (rank + 10);
        }
        return new Weighted<>(items, weights);
    }

    T pick(Draw draw) {
        double point = draw.fraction() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, point);
        int index = found >= 0 ? found + 1 : -found - 1;
        return items.get(Math.min(index, items.size() - 1));
    }
}
