package org.werkraum.wiki;

import java.util.List;

/**
 * A wiki with the pages at its top, by title (the first level of its tree, at most {@link WikiService#LISTED}), whether
 * there are more at the top than that, and whether the reader watches it.
 */
public record WikiHome(WikiSummary wiki, List<TreeNode> pages, boolean morePages, boolean watching) {}
