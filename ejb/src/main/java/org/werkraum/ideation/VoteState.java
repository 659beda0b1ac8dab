package org.werkraum.ideation;

/** An idea's votes after the caller voted or withdrew, and how many he has left on its board. */
public record VoteState(long ideaId, int voteCount, boolean votedByMe, int votesLeft, int voteLimit) {}
