package org.werkraum.activity;

import java.util.Objects;
import java.util.Set;
import org.werkraum.markdown.Markdown;

/**
 * Something someone did, as it is written down for the stream.
 *
 * @param parentId
 *            the post or idea commented on, the page bookmarked; null for the rest
 * @param communityId
 *            the community it happened in, or null
 * @param readers
 *            who may read it, as the policy says ({@code AccessPolicy.readersOf…}); never something private
 * @param excerpt
 *            the beginning of its text, plain
 * @param tags
 *            its tags, for those who follow them
 */
public record Activity(
        ActivityKind kind,
        long actorId,
        long subjectId,
        Long parentId,
        Long communityId,
        Set<String> readers,
        String title,
        String excerpt,
        Set<String> tags) {

    /** An excerpt in the stream has at most this many characters. */
    public static final int EXCERPT = 240;

    public Activity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if (readers.size() != 1) {
            throw new IllegalArgumentException("an activity is read by one principal, not " + readers);
        }
        excerpt = excerpt == null ? "" : excerpt;
        tags = Set.copyOf(tags);
    }

    /** The beginning of a Markdown text as plain text, cut after a word, for {@link #excerpt}. */
    public static String excerptOf(String markdown) {
        String text = Markdown.toText(markdown == null ? "" : markdown)
                .replaceAll("\\s+", " ")
                .strip();
        if (text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT - 1);
        return text.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT - 1) + "…";
    }

    String principal() {
        return readers.iterator().next();
    }
}
