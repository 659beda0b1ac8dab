package org.werkraum.wiki;

/**
 * A save of a page.
 *
 * @param baseRevision
 *            the revision the edit started from: what was saved since is merged with it, never overwritten
 * @param minor
 *            a small fix (spelling, layout) that readers of the history may skip; not said: not minor
 */
public record PageEdit(Integer baseRevision, String title, String markdown, String comment, Boolean minor) {}
