package org.werkraum.markdown;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * A finder that runs after commonmark-java's parser and turns what a pattern finds in the text into nodes of their own
 * (a wiki link, a mention), the text around them staying text; never inside a link's text or an image's description
 * (a link holds no link; an autolinked e-mail address is a link).
 */
abstract class InlineMatches extends AbstractVisitor implements PostProcessor {

    /**
     * What a match becomes.
     *
     * @param end
     *            where in the text the node's part ends (a mention leaves the full stop after it to the text)
     */
    record Replacement(Node node, int end) {}

    @Override
    public Node process(Node document) {
        document.accept(this);
        return document;
    }

    @Override
    public void visit(Link link) {
        // its text stays text
    }

    @Override
    public void visit(Image image) {
        // its description stays text
    }

    /** Turns the matches in one text node into nodes: a subclass calls {@link #replace} here. */
    @Override
    public abstract void visit(Text text);

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
