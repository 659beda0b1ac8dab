package org.werkraum.community;

import org.werkraum.shared.Page;

/** A community and the first page of its members, as the community's page shows them. */
public record CommunityWithMembers(CommunityDetail community, Page<Member> members) {}
