package org.werkraum.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Wiki links in Markdown, {@code [[Page title]]} and {@code [[Page title|label]]}: found by commonmark-java's parser
 * in the text it parsed (never in code, in a link's address or in HTML), so that a page's links, its rendering and the
 * rewriting of its links when a page is renamed all agree on what is a link. Titles compare regardless of case.
 */
public final class WikiLinks {

    /** {@code [[title]]} or {@code [[title|label]]} inside the text of one line, neither part with brackets. */
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,200})(?:\\|([^\\[\\]\\n]{0,200}))?]]");

    /** For rewriting: the parser that also says where in the text each link was written. */
    private static final Parser LOCATING = Markdown.wikiParser()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private WikiLinks() {}

    /** The key a title is compared by. */
    public static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }

    /** The titles the text links to, each once (as first written, by {@link #key}), in their order. */
    public static List<String> titles(String markdown) {
        Map<String, String> titles = new LinkedHashMap<>();
        if (markdown != null && !markdown.isEmpty()) {
            for (WikiLink link : linksIn(Markdown.WIKI_PARSER.parse(markdown))) {
                titles.putIfAbsent(key(link.title()), link.title());
            }
        }
        return new ArrayList<>(titles.values());
    }

    /**
     * The text with its links to one title pointing to another, for a renamed page: {@code [[Old]]} becomes
     * {@code [[New]]}, {@code [[Old|label]]} {@code [[New|label]]}; everything else stays as written, character for
     * character. A link whose place in the text the parser cannot tell exactly (its text had escapes) stays too.
     */
    public static String retarget(String markdown, String from, String to) {
        if (markdown == null || markdown.isEmpty()) {
            return markdown;
        }
        String fromKey = key(from);
        StringBuilder text = new StringBuilder(markdown);
        List<WikiLink> links = linksIn(LOCATING.parse(markdown));
        // from the end, so that the places of the links before stay right
        for (int i = links.size() - 1; i >= 0; i--) {
            WikiLink link = links.get(i);
            if (!key(link.title()).equals(fromKey) || link.getSourceSpans().size() != 1) {
                continue;
            }
            SourceSpan span = link.getSourceSpans().get(0);
            int start = span.getInputIndex();
            int end = start + span.getLength();
            String written = markdown.substring(start, end);
            Matcher matcher = LINK.matcher(written);
            if (start < 0 || !matcher.matches()) {
                continue;
            }
            text.replace(start + matcher.start(1), start + matcher.end(1), to);
        }
        return text.toString();
    }

    static List<WikiLink> linksIn(Node document) {
        List<WikiLink> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof WikiLink link) {
                    links.add(link);
                }
                visitChildren(node);
            }
        });
        return links;
    }

    /** Turns the text {@code [[…]]} into {@link WikiLink}s, outside links and images (a link holds no link). */
    static final class Finder extends InlineMatches {

        @Override
        public void visit(Text text) {
            String literal = text.getLiteral();
            if (literal.indexOf("[[") < 0) {
                return;
            }
            // where the text was written, when it was written as it reads (no escapes or entities in it)
            SourceSpan span = text.getSourceSpans().size() == 1
                            && text.getSourceSpans().get(0).getLength() == literal.length()
                    ? text.getSourceSpans().get(0)
                    : null;
            InlineMatches.replace(text, LINK, matcher -> {
                String title = matcher.group(1).strip();
                if (title.isEmpty()) {
                    return null;
                }
                String label = matcher.group(2) == null || matcher.group(2).isBlank()
                        ? null
                        : matcher.group(2).strip();
                WikiLink link = new WikiLink(title, label);
                if (span != null) {
                    link.setSourceSpans(List.of(span.subSpan(matcher.start(), matcher.end())));
                }
                return new InlineMatches.Replacement(link, matcher.end());
            });
        }
    }

    /** Writes a wiki link as a link to its page, or to the form that creates it (marked as missing). */
    static final class Renderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(WikiLink.class);
        }

        @Override
        public void render(Node node) {
            WikiLink link = (WikiLink) node;
            WikiTarget target = link.target();
            if (target == null) {
                html.text(
                        link.hasLabel() ? "[[" + link.title() + "|" + link.label() + "]]" : "[[" + link.title() + "]]");
                return;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", context.encodeUrl(target.href()));
            attributes.put("class", target.exists() ? "wr-wikilink" : "wr-wikilink wr-missing");
            html.tag("a", context.extendAttributes(node, "a", attributes));
            html.text(link.label());
            html.tag("/a");
        }
    }
}
