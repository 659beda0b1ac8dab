package org.werkraum.security;

/** What a person was named in a wiki of its own (not a community's, whose rights are the community's). */
public enum WikiRole {
    NONE,
    READER,
    EDITOR,
    OWNER
}
