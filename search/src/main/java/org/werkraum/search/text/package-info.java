/**
 * The text of files for search, by Apache Tika, with limits on time and length so that no file (a zip bomb, a broken
 * PDF) can hold up a node: {@link org.werkraum.search.text.TextExtraction}.
 */
package org.werkraum.search.text;
