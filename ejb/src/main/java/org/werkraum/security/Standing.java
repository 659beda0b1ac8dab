package org.werkraum.security;

/** Where the caller stands in one community. */
public enum Standing {
    NONE,
    REQUESTED,
    INVITED,
    MEMBER,
    OWNER;

    public boolean isMember() {
        return this == MEMBER || this == OWNER;
    }
}
