package org.werkraum.wiki;

import java.util.List;

/** A wiki with the pages at its top, by title (the first level of its tree), and whether the reader watches it. */
public record WikiHome(WikiSummary wiki, List<TreeNode> pages, boolean watching) {}
