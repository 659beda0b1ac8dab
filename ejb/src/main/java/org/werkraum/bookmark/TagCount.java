package org.werkraum.bookmark;

/**
 * A tag of the tag cloud: how many bookmarks carry it lately, and its size in the cloud.
 *
 * @param weight
 *            1 (the rarest of the cloud) to {@value BookmarkService#CLOUD_WEIGHTS} (the most used), on a logarithmic
 *            scale: a tag used ten times as often is not drawn ten times as large
 */
public record TagCount(String tag, long bookmarks, int weight) {}
