package org.werkraum.wiki;

import java.util.List;

/**
 * The latest saves in a wiki or of one page, newest first.
 *
 * @param subject the wiki's name, or the page's title
 */
public record RecentChanges(String subject, List<PageChange> changes) {}
