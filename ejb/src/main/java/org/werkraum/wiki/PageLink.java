package org.werkraum.wiki;

/** A page as a link in a breadcrumb or a list of pages. */
public record PageLink(long id, String title) {}
