package org.werkraum.wiki;

/**
 * A new page: its place in the tree (no parent: at the top of the wiki), title and Markdown text.
 *
 * @param comment
 *            what the first revision says about itself, if anything
 */
public record PageDraft(Long parentId, String title, String markdown, String comment) {}
