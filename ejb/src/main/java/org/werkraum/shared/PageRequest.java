package org.werkraum.shared;

/**
 * Which page of a list to return. Page numbers start at 0; the size is capped so that no request can ask for the
 * whole table.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "error.page.negative", "page must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException(
                    "size", "error.page.size", "size must be between 1 and " + MAX_SIZE, MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }
}
