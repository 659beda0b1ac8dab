package org.werkraum.bookmark;

import java.time.Instant;

/** Someone who keeps a page, and since when ("who else bookmarked this"). */
public record BookmarkKeeper(String login, String displayName, Instant since) {}
