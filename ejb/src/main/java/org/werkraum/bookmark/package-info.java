/**
 * Social bookmarks: addresses of intranet and internet pages that people keep with a title, a description and tags,
 * counted once per page however many keep it (its address normalised), and the browsers' bookmark files they come
 * from and go to.
 */
package org.werkraum.bookmark;
