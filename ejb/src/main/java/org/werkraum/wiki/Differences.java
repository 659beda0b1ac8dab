package org.werkraum.wiki;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a diff between two texts, by java-diff-utils: lines compared, and within a changed line its words. The
 * library marks changed words in the line's text; it is told to mark them with control characters that no text keeps
 * (they are taken out of the texts first), and the lines are cut at them into segments, so that pages escape the
 * text as any other and mark the changes with their own elements.
 */
final class Differences {

    private static final char OLD_START = '\u0001';
    private static final char OLD_END = '\u0002';
    private static final char NEW_START = '\u0003';
    private static final char NEW_END = '\u0004';

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .lineNormalizer(Function.identity())
            .oldTag(start -> String.valueOf(start ? OLD_START : OLD_END))
            .newTag(start -> String.valueOf(start ? NEW_START : NEW_END))
            .build();

    private Differences() {}

    static List<PageDiff.Row> between(String before, String after) {
        List<PageDiff.Row> rows = new ArrayList<>();
        for (DiffRow row : GENERATOR.generateDiffRows(lines(before), lines(after))) {
            PageDiff.Change change = PageDiff.Change.valueOf(row.getTag().name());
            rows.add(new PageDiff.Row(
                    change,
                    change == PageDiff.Change.INSERT ? List.of() : segments(row.getOldLine(), OLD_START, OLD_END),
                    change == PageDiff.Change.DELETE ? List.of() : segments(row.getNewLine(), NEW_START, NEW_END)));
        }
        return rows;
    }

    private static List<String> lines(String text) {
        String clean = TextMerge.normalized(text).replaceAll("[\\u0001-\\u0004]", "\uFFFD");
        return clean.isEmpty()
                ? List.of()
                : Arrays.asList(clean.substring(0, clean.length() - 1).split("\n", -1));
    }

    /** A marked line cut into its unchanged and changed pieces; empty pieces are left out. */
    private static List<PageDiff.Segment> segments(String marked, char start, char end) {
        List<PageDiff.Segment> segments = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean changed = false;
        for (char c : marked.toCharArray()) {
            if (c == start || c == end) {
                if (!piece.isEmpty()) {
                    segments.add(new PageDiff.Segment(piece.toString(), changed));
                    piece.setLength(0);
                }
                changed = c == start;
            } else {
                piece.append(c);
            }
        }
        if (!piece.isEmpty()) {
            segments.add(new PageDiff.Segment(piece.toString(), changed));
        }
        return segments;
    }
}
