package org.werkraum.bookmark;

import java.util.Set;

/**
 * A page to keep, as typed: its address (normalised when kept), a title (none: the address), a description, tags,
 * whether it stays private, and the community it is kept into (null: everyone's or, private, the keeper's alone).
 */
public record BookmarkDraft(
        String url, String title, String description, Set<String> tags, boolean personal, Long communityId) {}
