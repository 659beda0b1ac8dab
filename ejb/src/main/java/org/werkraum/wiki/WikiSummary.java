package org.werkraum.wiki;

/**
 * A wiki as its pages show it, with what the caller may do in it.
 *
 * @param communityId
 *            the community whose wiki it is, or null for a wiki of its own
 */
public record WikiSummary(
        long id,
        String name,
        String description,
        Long communityId,
        boolean openToAll,
        boolean canEdit,
        boolean canManage) {}
