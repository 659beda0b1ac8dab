package org.werkraum.markdown;

/**
 * Where a wiki link leads: a page of the wiki, or, for a title no page has yet, the form that creates it.
 *
 * @param href
 *            the address of the page or of the form
 * @param exists
 *            whether a page has the title (a link to a missing page is shown as such)
 */
public record WikiTarget(String href, boolean exists) {}
