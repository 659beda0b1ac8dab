package org.werkraum.bookmark;

/** A page many people bookmarked lately: its address, the title its first keeper gave it, how many people keep it. */
public record PopularPage(long pageId, String address, String title, long people) {}
