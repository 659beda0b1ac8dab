package org.werkraum.web.shared;

import org.werkraum.shared.PageRequest;

/** The page numbers of a list as the pages count them (from 0) and show them (from 1). */
public final class Paging {

    public static final int SIZE = 20;

    private Paging() {}

    public static final int MAX_PAGE = 1_000_000;

    /** A page number from the URL; one typed by hand out of range is the first or a far, empty page. */
    public static PageRequest request(Integer page) {
        return new PageRequest(page == null || page < 0 ? 0 : Math.min(page, MAX_PAGE), SIZE);
    }

    /** How many pages a list of {@code total} items fills, at least one. */
    public static long pageCount(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
