package org.werkraum.people;

/** What a directory import changed. */
public record ImportResult(int peopleCreated, int peopleUpdated, int orgUnitsCreated) {}
