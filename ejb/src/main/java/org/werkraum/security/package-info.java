/**
 * Who is asking and what he may do. {@link org.werkraum.security.AccessPolicy} is the one place that decides every
 * read and write; pages, REST, feeds, e-mail and search all ask it.
 */
package org.werkraum.security;
