package org.werkraum.wiki;

import java.util.List;

/** A wiki with the pages at its top, by title, and whether the reader watches it. */
public record WikiHome(WikiSummary wiki, List<PageLink> pages, boolean watching) {}
