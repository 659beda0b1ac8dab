package org.werkraum.wiki;

import java.util.List;

/**
 * The differences between two revisions of a page, line by line, the changed words of a changed line marked.
 *
 * @param rows
 *            every line of both revisions in order: unchanged, changed (old and new side), removed (old side only) or
 *            added (new side only)
 */
public record PageDiff(long pageId, String title, int from, int to, List<Row> rows) {

    /** What happened to a line. */
    public enum Change {
        EQUAL,
        CHANGE,
        DELETE,
        INSERT
    }

    /**
     * One line in both revisions.
     *
     * @param before
     *            the line in the older revision, empty when it was added
     * @param after
     *            the line in the newer revision, empty when it was removed
     */
    public record Row(Change change, List<Segment> before, List<Segment> after) {}

    /** A piece of a line, changed between the revisions or not. */
    public record Segment(String text, boolean changed) {}
}
