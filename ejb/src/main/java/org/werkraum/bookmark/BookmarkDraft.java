package org.werkraum.bookmark;

import java.util.Set;

/**
 * A page to keep, as typed: its address (normalised when kept), a title (none: the address), a description, tags,
 * and whether it stays private.
 */
public record BookmarkDraft(String url, String title, String description, Set<String> tags, boolean personal) {}
