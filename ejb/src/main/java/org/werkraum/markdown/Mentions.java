package org.werkraum.markdown;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.werkraum.shared.Addresses;

/**
 * Mentions in Markdown, {@code @anna.schmidt}: found by commonmark-java's parser in the text it parsed (never in code,
 * in a link or an e-mail address), shown as a link to the person's profile and read by the services that notify the
 * people mentioned. A mention is a login as the directory spells them; a full stop or dash after it ends the sentence,
 * not the login.
 */
public final class Mentions {

    /** {@code @} after a space, punctuation or the start, then a login (letters, digits, dot, dash, underscore). */
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}_@.+-])@([a-z0-9][a-z0-9._-]{0,63})", Pattern.CASE_INSENSITIVE);

    private Mentions() {}

    /** The logins the text mentions, each once, lower case, in their order. */
    public static Set<String> logins(String markdown) {
        Set<String> logins = new LinkedHashSet<>();
        if (markdown == null || markdown.indexOf('@') < 0) {
            return logins;
        }
        Markdown.WIKI_PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Mention mention) {
                    logins.add(mention.login());
                }
                visitChildren(node);
            }
        });
        return logins;
    }

    /** The login of a mention as written, without what ends a sentence after it; null if nothing is left. */
    static String login(String written) {
        String login = written;
        while (!login.isEmpty() && ".-_".indexOf(login.charAt(login.length() - 1)) >= 0) {
            login = login.substring(0, login.length() - 1);
        }
        return login.length() < 2 ? null : login.toLowerCase(Locale.ROOT);
    }

    /** A mention in the parsed text. */
    static final class Mention extends CustomNode {

        private final String login;

        Mention(String login) {
            this.login = login;
        }

        String login() {
            return login;
        }
    }

    /** Turns the text {@code @login} into {@link Mention}s, outside links and images. */
    static final class Finder extends InlineMatches {

        @Override
        public void visit(Text text) {
            if (text.getLiteral().indexOf('@') < 0) {
                return;
            }
            InlineMatches.replace(text, MENTION, matcher -> {
                String login = login(matcher.group(1));
                return login == null
                        ? null
                        : new InlineMatches.Replacement(new Mention(login), matcher.start(1) + login.length());
            });
        }
    }

    /** Writes a mention as a link to the profile. */
    static final class Renderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mention.class);
        }

        @Override
        public void render(Node node) {
            Mention mention = (Mention) node;
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", context.encodeUrl(Addresses.CONTEXT_ROOT + "/people/" + mention.login()));
            attributes.put("class", "wr-mention");
            html.tag("a", context.extendAttributes(node, "a", attributes));
            html.text("@" + mention.login());
            html.tag("/a");
        }
    }

    /** Writes a mention as plain text, for search and excerpts. */
    static final class TextRenderer implements NodeRenderer {

        private final TextContentNodeRendererContext context;

        TextRenderer(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mention.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().write("@" + ((Mention) node).login());
        }
    }
}
