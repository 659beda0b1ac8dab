/**
 * Who is asking and what he may do. {@link org.werkraum.security.AccessPolicy} is the one place that decides every
 * read and write, for communities and for every kind of content (described to it as a
 * {@link org.werkraum.security.ContentItem} with a {@link org.werkraum.security.Visibility}); pages, REST, feeds,
 * e-mail and search all ask it.
 */
package org.werkraum.security;
