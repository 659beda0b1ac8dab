package org.werkraum.wiki;

/**
 * A new wiki of one's own.
 *
 * @param openToAll
 *            whether every employee reads it (not said: yes); otherwise only the people named in it
 */
public record WikiDraft(String name, String description, Boolean openToAll) {}
