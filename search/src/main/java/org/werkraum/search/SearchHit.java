package org.werkraum.search;

import java.util.List;

/**
 * One found document.
 *
 * @param highlights
 *            fragments of title or text with the matched words wrapped in {@code <mark>}; everything else in them is
 *            HTML-escaped, so a page may show them as they are
 */
public record SearchHit(DocumentRef ref, String title, List<String> keywords, List<String> highlights, double score) {}
