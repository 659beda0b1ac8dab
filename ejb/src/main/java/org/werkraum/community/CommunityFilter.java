package org.werkraum.community;

/**
 * Narrows the community directory; every part is optional.
 *
 * @param mine
 *            only communities the caller is a member of, or invited to, or asked to join
 */
public record CommunityFilter(boolean mine, Long orgUnitId, String tag, String name) {

    public static CommunityFilter none() {
        return new CommunityFilter(false, null, null, null);
    }
}
