package org.werkraum.community;

import java.util.Set;
import org.werkraum.security.Standing;

/**
 * A community page's facts and what the caller may do there.
 *
 * @param canSeeContent
 *            members and the people of public and moderated communities see members and content; an invitee to a
 *            restricted community sees only name and description until he accepts
 */
public record CommunityDetail(
        long id,
        String name,
        String description,
        CommunityType type,
        Set<String> tags,
        Long orgUnitId,
        String orgUnit,
        long memberCount,
        Standing standing,
        boolean canSeeContent,
        boolean canManage,
        boolean canJoin,
        boolean canRequest,
        long version) {}
