package org.werkraum.bookmark;

import java.util.List;

/**
 * What an import of a bookmark file did: links kept as new bookmarks, links skipped because the person keeps their
 * page already, and links that could not be read (their title, address and why).
 */
public record ImportReport(int imported, int skipped, List<BookmarkFile.Problem> problems) {}
