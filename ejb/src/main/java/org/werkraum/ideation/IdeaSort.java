package org.werkraum.ideation;

/** How a board lists its ideas. */
public enum IdeaSort {
    /** The most votes first; among equals, the newest. */
    VOTES,
    NEWEST,
    /** New first, then under review, accepted, done, declined; within each, the most votes first. */
    STATUS
}
