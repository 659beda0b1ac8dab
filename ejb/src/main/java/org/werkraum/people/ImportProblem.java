package org.werkraum.people;

/** One bad cell or row of a directory import, by its line in the file (the header is line 1). */
public record ImportProblem(long line, String column, String message) {}
