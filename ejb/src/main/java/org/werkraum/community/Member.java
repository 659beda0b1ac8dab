package org.werkraum.community;

/** One row of a community's member list, open requests and invitations included for its owners. */
public record Member(
        long personId, String login, String displayName, String title, MembershipRole role, MembershipStatus status) {}
