/**
 * Markdown for everything people write (blog posts, comments, ideas, wiki pages): one renderer and one allow-list, so
 * that no text reaches a page, a feed or a mail as HTML that was not cleaned ({@link org.werkraum.markdown.Markdown}).
 */
package org.werkraum.markdown;
