package org.werkraum.community;

/** A membership is active, or waits for an owner (request) or for the person (invitation). */
public enum MembershipStatus {
    ACTIVE,
    REQUESTED,
    INVITED
}
