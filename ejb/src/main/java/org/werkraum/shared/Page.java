package org.werkraum.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with the length of the whole list.
 *
 * @param totalCapped
 *            the list is longer than {@code total}, which is as far as it was counted: a directory of 400,000 people
 *            says "more than 1,000" rather than count them all for every page
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list whose total was counted exactly. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    /**
     * How far directories count their matches, unless {@code werkraum.directory.counted-at-most} says otherwise;
     * beyond, they say "more than" (and their pages reach that far).
     */
    public static final int COUNTED_AT_MOST = 1_000;

    /** {@link #COUNTED_AT_MOST}, or the system property {@code werkraum.directory.counted-at-most}. */
    public static int countedAtMost() {
        return Integer.getInteger("werkraum.directory.counted-at-most", COUNTED_AT_MOST);
    }

    /**
     * Whether the rows of a page are all there is from its start on, so that the total needs no counting: a page
     * that is not full, unless it lies beyond the end.
     */
    public static boolean isLast(PageRequest request, int rows) {
        return rows < request.size() && (rows > 0 || request.offset() == 0);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalCapped);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
