package org.werkraum.bench.generator;

import java.time.Instant;

/**
 * A person's place in a generated community.
 *
 * @param role a value of {@code community_membership.role}
 * @param status a value of {@code community_membership.status}
 * @param invitedBy the person number of the owner who invited, or -1
 */
record Membership(int community, int person, String role, String status, int invitedBy, Instant since) {}
