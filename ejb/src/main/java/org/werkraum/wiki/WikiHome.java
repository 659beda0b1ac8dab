package org.werkraum.wiki;

import java.util.List;

/** A wiki with the pages at its top, by title. */
public record WikiHome(WikiSummary wiki, List<PageLink> pages) {}
