package org.werkraum.community;

/** How people join a community, and who can see it. */
public enum CommunityType {
    /** Anyone sees it and joins at once. */
    PUBLIC,
    /** Anyone sees it and asks to join; an owner accepts or declines. */
    MODERATED,
    /** Only members (and invitees) see it; owners invite, the invitee accepts. */
    RESTRICTED
}
