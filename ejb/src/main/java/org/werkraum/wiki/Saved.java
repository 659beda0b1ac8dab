package org.werkraum.wiki;

/**
 * What a save became.
 *
 * @param revision
 *            the number of the new revision
 * @param merged
 *            whether edits saved meanwhile were merged in (of other lines than the writer's)
 */
public record Saved(long pageId, int revision, boolean merged) {}
