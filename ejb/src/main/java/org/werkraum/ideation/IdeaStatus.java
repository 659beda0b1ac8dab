package org.werkraum.ideation;

/** Where an idea stands. Votes count against a voter's limit while the idea is open. */
public enum IdeaStatus {
    NEW,
    UNDER_REVIEW,
    ACCEPTED,
    /** Carried out: closed; its votes are given back. */
    DONE,
    /** Not to be carried out, with a note why: closed; its votes are given back. */
    DECLINED,
    /** The same as another idea, which took over its votes: closed. */
    DUPLICATE;

    /** Whether people still vote for it, and their votes for it count against their limit. */
    public boolean isOpen() {
        return this == NEW || this == UNDER_REVIEW || this == ACCEPTED;
    }
}
