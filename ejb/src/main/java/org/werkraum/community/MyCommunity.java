package org.werkraum.community;

import org.werkraum.security.Standing;

/** One of the caller's own communities, as the home page lists it: its name and what he is there. */
public record MyCommunity(long id, String name, Standing standing) {}
