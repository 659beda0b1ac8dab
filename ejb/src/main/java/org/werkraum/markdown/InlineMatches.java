package org.werkraum.markdown;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Turns what a pattern finds in a text node of commonmark-java's tree into nodes of their own (a wiki link, a
 * mention), the text around them staying text: for the finders that run after the parser.
 */
final class InlineMatches {

    /**
     * What a match becomes.
     *
     * @param end
     *            where in the text the node's part ends (a mention leaves the full stop after it to the text)
     */
    record Replacement(Node node, int end) {}

    private InlineMatches() {}

    /** Replaces every match for which {@code replacement} gives a node; a null keeps the match as text. */
    static void replace(Text text, Pattern pattern, Function<Matcher, Replacement> replacement) {
        String literal = text.getLiteral();
        Matcher matcher = pattern.matcher(literal);
        Node last = text;
        int done = 0;
        while (matcher.find()) {
            Replacement found = replacement.apply(matcher);
            if (found == null) {
                continue;
            }
            if (matcher.start() > done) {
                last = insertAfter(last, new Text(literal.substring(done, matcher.start())));
            }
            last = insertAfter(last, found.node());
            done = found.end();
        }
        if (done == 0) {
            return;
        }
        if (done < literal.length()) {
            insertAfter(last, new Text(literal.substring(done)));
        }
        text.unlink();
    }

    private static Node insertAfter(Node previous, Node node) {
        previous.insertAfter(node);
        return node;
    }
}
