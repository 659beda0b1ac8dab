package org.werkraum.bookmark;

import java.util.List;

/** A bookmarked page with the people who keep it where the reader sees them ("who else bookmarked this"). */
public record KeptPage(long pageId, String address, String title, List<BookmarkKeeper> keepers) {}
