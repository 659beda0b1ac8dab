package org.werkraum.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with the length of the whole list.
 *
 * @param totalCapped
 *            the list is longer than {@code total}, which is as far as it was counted: a directory of 400,000 people
 *            says "more than 10,000" rather than count them all for every page
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list whose total was counted exactly. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalCapped);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
