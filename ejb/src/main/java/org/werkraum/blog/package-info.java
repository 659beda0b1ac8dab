/**
 * Blogs: every person's own, a community's, the leadership blog; posts written in Markdown as drafts, then published;
 * an edit of a published post keeps the version it replaced. Who reads and who writes is the
 * {@link org.werkraum.security.AccessPolicy}'s decision over each post as a {@link org.werkraum.security.ContentItem}.
 */
package org.werkraum.blog;
