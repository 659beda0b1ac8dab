package org.werkraum.wiki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * Three-way merge of a page's text, line by line, as git merges files (JGit's {@link MergeAlgorithm}): the revision an
 * edit started from, the edit, and the revision saved meanwhile. Edits of different lines join; edits of the same or
 * neighbouring lines conflict, and the merged text then holds both sides between git's markers.
 */
final class TextMerge {

    /** The names of the sides in the conflict markers. */
    static final String YOURS = "yours";

    static final String THEIRS = "saved meanwhile";

    /**
     * @param text
     *            the merged text; with conflicts, each conflicting block as {@code <<<<<<< yours}, the edit's lines,
     *            {@code =======}, the lines saved meanwhile, {@code >>>>>>> saved meanwhile}
     */
    record Result(String text, boolean conflicts) {}

    private TextMerge() {}

    static Result merge(String base, String yours, String theirs) {
        MergeResult<RawText> result =
                new MergeAlgorithm().merge(RawTextComparator.DEFAULT, raw(base), raw(yours), raw(theirs));
        ByteArrayOutputStream merged = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(merged, result, List.of("base", YOURS, THEIRS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(merged.toString(StandardCharsets.UTF_8), result.containsConflicts());
    }

    private static RawText raw(String text) {
        return new RawText(normalized(text).getBytes(StandardCharsets.UTF_8));
    }

    /** Lines end in a line feed, the last one too, so that an added last line is a line like any other. */
    static String normalized(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        return lines.isEmpty() || lines.endsWith("\n") ? lines : lines + "\n";
    }
}
