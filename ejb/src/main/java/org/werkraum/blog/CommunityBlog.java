package org.werkraum.blog;

import org.werkraum.shared.Page;

/**
 * A community's blog: whose it is, whether the caller writes in it (its members do), and a page of its published posts,
 * newest first.
 */
public record CommunityBlog(long communityId, String communityName, boolean canWrite, Page<PostSummary> posts) {}
