/**
 * Blogs: {@code /api/posts} for writing drafts, publishing and reading posts, a person's blog and one's drafts. The
 * pages (editor with preview, post page, blog home) follow.
 */
package org.werkraum.web.blog;
