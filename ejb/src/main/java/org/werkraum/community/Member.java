package org.werkraum.community;

/** One row of a community's member list, open requests and invitations included for its owners. */
public record Member(
        long personId, String login, String displayName, String title, MembershipRole role, MembershipStatus status) {

    static Member of(CommunityMembership membership) {
        return new Member(
                membership.person().id(),
                membership.person().login(),
                membership.person().displayName(),
                membership.person().title(),
                membership.role(),
                membership.status());
    }
}
