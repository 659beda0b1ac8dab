package org.werkraum.bookmark;

import java.time.Instant;
import java.util.List;

/**
 * A bookmark as readers see it.
 *
 * @param pageId
 *            the bookmarked page, the same for everyone who keeps its address
 * @param people
 *            how many people keep the page where everyone sees it
 * @param canChange
 *            whether the reader may change and delete it (the policy's answer)
 * @param communityId
 *            the community it was kept into, or null
 */
public record BookmarkView(
        long id,
        long pageId,
        String address,
        String title,
        String description,
        List<String> tags,
        boolean personal,
        String ownerLogin,
        String ownerName,
        Instant createdAt,
        long people,
        boolean canChange,
        Long communityId,
        String communityName) {}
