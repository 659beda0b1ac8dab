package org.werkraum.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown as Werkraum shows it, in blog posts, comments, ideas and wiki pages: CommonMark with GitHub's tables,
 * strikethrough and bare links, rendered to HTML by commonmark-java and then cleaned by the OWASP HTML Sanitizer with
 * an allow-list. HTML typed into the Markdown keeps what the list allows (emphasis, tables, links to the usual
 * protocols, images) and loses everything that could run: scripts, event handlers, styles, frames, forms and links to
 * {@code javascript:} or any other protocol not on the list.
 *
 * <p>Thread-safe; rendering is pure, so callers may cache the HTML per revision of a text.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .postProcessor(new Mentions.Finder())
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(Mentions.Renderer::new)
            .build();

    /** For wiki pages: the same, with wiki links ({@link WikiLinks}). */
    static final Parser WIKI_PARSER = wikiParser().build();

    private static final HtmlRenderer WIKI_RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(WikiLinks.Renderer::new)
            .nodeRendererFactory(Mentions.Renderer::new)
            .build();

    /**
     * What may stay of the rendered HTML: the elements Markdown itself writes and a few for inline formatting. Links
     * and images keep their address only for these protocols or as addresses relative to Werkraum; without one, a
     * link is its text alone.
     */
    private static final PolicyFactory ALLOWED = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code")
            .allowElements("em", "strong", "del", "s", "b", "i", "u", "sub", "sup", "kbd", "mark")
            .allowElements("ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowUrlProtocols("http", "https", "mailto", "ftp", "irc", "ircs", "tel", "xmpp")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("class")
            .matching(true, "wr-wikilink", "wr-wikilink wr-missing", "wr-mention")
            .onElements("a")
            .allowAttributes("src", "alt", "title")
            .onElements("img")
            .allowAttributes("start")
            .matching(Pattern.compile("\\d{1,9}"))
            .onElements("ol")
            .allowAttributes("class")
            .matching(Pattern.compile("language-\\S{1,60}"))
            .onElements("code")
            .allowAttributes("align")
            .matching(true, "left", "center", "right")
            .onElements("th", "td")
            .toFactory();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(Mentions.TextRenderer::new)
            .build();

    private Markdown() {}

    /** The words of the text without its markup, for search; HTML typed into it stays as typed. */
    public static String toText(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return TEXT.render(PARSER.parse(markdown));
    }

    /** The text as safe HTML; nothing for nothing. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return ALLOWED.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /**
     * A wiki page's text as safe HTML, its wiki links leading where {@code wikiLinks} says for each title (asked once
     * per title and text).
     */
    public static String toHtml(String markdown, Function<String, WikiTarget> wikiLinks) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        Node document = WIKI_PARSER.parse(markdown);
        Map<String, WikiTarget> targets = new HashMap<>();
        for (WikiLink link : WikiLinks.linksIn(document)) {
            link.target(targets.computeIfAbsent(WikiLinks.key(link.title()), key -> wikiLinks.apply(link.title())));
        }
        return ALLOWED.sanitize(WIKI_RENDERER.render(document));
    }

    static Parser.Builder wikiParser() {
        return Parser.builder()
                .extensions(EXTENSIONS)
                .postProcessor(new WikiLinks.Finder())
                .postProcessor(new Mentions.Finder());
    }

    /** The addresses of the images the text shows ({@code ![a chart](/werkraum/images/42)}), in their order. */
    public static List<String> imageSources(String markdown) {
        List<String> sources = new ArrayList<>();
        if (markdown == null || markdown.isEmpty()) {
            return sources;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                sources.add(image.getDestination());
                visitChildren(image);
            }
        });
        return sources;
    }
}
