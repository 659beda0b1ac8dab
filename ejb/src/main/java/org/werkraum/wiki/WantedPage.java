package org.werkraum.wiki;

/**
 * A title that pages link to but no page has yet.
 *
 * @param title as written in the first link to it
 * @param linkedFrom how many pages link to it
 */
public record WantedPage(String title, int linkedFrom) {}
