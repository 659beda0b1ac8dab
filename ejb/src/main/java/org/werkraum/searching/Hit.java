package org.werkraum.searching;

import java.util.List;

/**
 * One found thing.
 *
 * @param handle
 *            how people address it in links: a person's login, a community's or a post's id, a comment as
 *            {@code 42#comment-17} (in post 42)
 * @param highlights
 *            fragments of title or text with the matched words wrapped in {@code <mark>}; everything else in them is
 *            HTML-escaped, so a page may show them as they are
 */
public record Hit(
        ResultType type,
        String id,
        String handle,
        String title,
        List<String> keywords,
        List<String> highlights,
        double score) {}
