package org.werkraum.community;

import java.util.Set;
import org.werkraum.security.Standing;

/** A community as the directory lists it, with where the caller stands in it. */
public record CommunitySummary(
        long id,
        String name,
        String description,
        CommunityType type,
        Set<String> tags,
        String orgUnit,
        long memberCount,
        Standing standing) {}
