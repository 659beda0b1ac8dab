package org.werkraum.community;

public enum MembershipRole {
    OWNER,
    MEMBER
}
