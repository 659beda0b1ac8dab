package org.werkraum.activity;

import java.util.List;

/**
 * A page of a stream, newest first.
 *
 * @param older
 *            where the next, older page starts ({@code ?before=}), or null when this is the last
 */
public record StreamPage(List<StreamItem> items, Long older) {

    public StreamPage {
        items = List.copyOf(items);
    }
}
