package org.werkraum.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown rendering against files written by others: the CommonMark spec's 652 examples
 * (../shared/testdata/commonmark/) and hostile input (../shared/testdata/xss/: the OWASP filter-evasion cheat sheet,
 * the Big List of Naughty Strings).
 */
class MarkdownTest {

    /** The sections of the spec whose examples pass raw HTML through: here it is cleaned instead. */
    private static final Set<String> RAW_HTML_SECTIONS = Set.of("HTML blocks", "Raw HTML");

    /**
     * Where Werkraum renders differently from the spec on purpose, with what it renders instead. Links to protocols
     * off the allow-list keep their text only (500: "foo):" reads as the protocol "foo)"; 598, 599, 601). GitHub's
     * bare links make addresses and mail addresses in running text links (602, 606, 608, 611, 612).
     */
    private static final Map<Integer, String> DIFFERENT_ON_PURPOSE = Map.of(
            500, "<p>link</p>",
            598, "<p>a+b+c:d</p>",
            599, "<p>made-up-scheme://foo,bar</p>",
            601, "<p>localhost:5001/foo</p>",
            602, "<p>&lt;<a href=\"https://foo.bar/baz\">https://foo.bar/baz</a> bim&gt;</p>",
            606, "<p>&lt;<a href=\"mailto:foo+@bar.example.com\">foo+@bar.example.com</a>&gt;</p>",
            608, "<p>&lt; <a href=\"https://foo.bar\">https://foo.bar</a> &gt;</p>",
            611, "<p><a href=\"https://example.com\">https://example.com</a></p>",
            612, "<p><a href=\"mailto:foo@bar.example.com\">foo@bar.example.com</a></p>");

    record Example(int number, String section, String markdown, String html) {
        @Override
        public String toString() {
            return number + " (" + section + ")";
        }
    }

    static List<Example> specExamples() throws IOException {
        JsonNode examples = new ObjectMapper()
                .readTree(testdata("commonmark/spec-0.31.2.json").toFile());
        List<Example> all = new ArrayList<>();
        for (JsonNode example : examples) {
            all.add(new Example(
                    example.get("example").asInt(),
                    example.get("section").asText(),
                    example.get("markdown").asText(),
                    example.get("html").asText()));
        }
        assertThat(all).hasSize(652);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specExamples")
    void everySpecExampleRendersAsTheSpecSaysOrCleaned(Example example) {
        String html = Markdown.toHtml(example.markdown());

        if (passesRawHtml(example)) {
            assertNothingRuns(html);
        } else if (DIFFERENT_ON_PURPOSE.containsKey(example.number())) {
            assertThat(normalized(html)).isEqualTo(normalized(DIFFERENT_ON_PURPOSE.get(example.number())));
        } else {
            assertThat(normalized(html)).as(example.markdown()).isEqualTo(normalized(example.html()));
        }
    }

    @Test
    void theExamplesOutsideTheRawHtmlSectionsAreCompared() throws IOException {
        long compared = specExamples().stream()
                .filter(example -> !passesRawHtml(example))
                .count();
        long outside = specExamples().stream()
                .filter(example -> !RAW_HTML_SECTIONS.contains(example.section()))
                .count();

        assertThat(outside).isEqualTo(652 - 44 - 20);
        // fifteen examples elsewhere hold HTML of their own ("<a href=...>", "<!-- -->", "<bar attr=...>")
        assertThat(compared).isEqualTo(573);
        long sameAsTheSpec = specExamples().stream()
                .filter(example -> !passesRawHtml(example))
                .filter(example -> !DIFFERENT_ON_PURPOSE.containsKey(example.number()))
                .count();
        assertThat(sameAsTheSpec).isEqualTo(564);
    }

    @Test
    void githubTablesStrikethroughAndBareLinksAreRendered() {
        String html = Markdown.toHtml("""
                | Standort | Leute |
                |:---------|------:|
                | München  | 1.200 |

                ~~alt~~ neu, siehe https://intranet.example/blog
                """);

        assertThat(normalized(html)).isEqualTo(normalized("""
                        <table><thead><tr><th align="left">Standort</th><th align="right">Leute</th></tr></thead>
                        <tbody><tr><td align="left">München</td><td align="right">1.200</td></tr></tbody></table>
                        <p><del>alt</del> neu, siehe
                        <a href="https://intranet.example/blog">https://intranet.example/blog</a></p>
                        """));
    }

    @Test
    void harmlessHtmlStaysAndTheRestGoes() {
        assertThat(normalized(Markdown.toHtml("H<sub>2</sub>O <kbd>Strg</kbd> <span style=\"color:red\">rot</span>")))
                .isEqualTo("<p>H<sub>2</sub>O <kbd>Strg</kbd> rot</p>");
        assertThat(normalized(Markdown.toHtml("[klick](javascript:alert(1)) <script>alert(2)</script>")))
                .isEqualTo("<p>klick </p>");
        assertThat(normalized(Markdown.toHtml("```java\nint x = 1;\n```")))
                .isEqualTo("<pre><code class=\"language-java\">int x = 1; </code></pre>");
        assertThat(Markdown.toHtml(null)).isEmpty();
        assertThat(Markdown.toHtml("")).isEmpty();
    }

    static Stream<String> hostileInput() throws IOException {
        List<String> payloads = new ArrayList<>(
                Files.readAllLines(testdata("xss/owasp/owasp_xss_filter_evasion.txt"), StandardCharsets.UTF_8));
        for (JsonNode block : new ObjectMapper()
                .readTree(testdata("xss/owasp/owasp_xss_filter_evasion_blocks.json")
                        .toFile())) {
            payloads.add(block.get("payload").asText());
        }
        payloads.addAll(Files.readAllLines(testdata("xss/blns/blns_script_injection.txt"), StandardCharsets.UTF_8));
        payloads.addAll(Files.readAllLines(testdata("xss/blns/blns.txt"), StandardCharsets.UTF_8));
        return payloads.stream().filter(line -> !line.isBlank() && !line.startsWith("#"));
    }

    @ParameterizedTest
    @MethodSource("hostileInput")
    void nothingOfHostileInputCanRun(String payload) {
        assertNothingRuns(Markdown.toHtml(payload));
        // inside a link's text and address, as in a comment that quotes a link
        assertNothingRuns(Markdown.toHtml("[" + payload + "](" + payload + ")"));
        assertNothingRuns(Markdown.toHtml("![" + payload + "](" + payload + ")"));
    }

    @Test
    void theHostileInputIsAllRead() throws IOException {
        // every payload file took part: an empty stream would let the test above pass without checking anything
        assertThat(hostileInput().count()).isGreaterThan(700);
    }

    /** An example of the raw-HTML sections, or one whose Markdown holds HTML of its own, in a block or inline. */
    private static boolean passesRawHtml(Example example) {
        if (RAW_HTML_SECTIONS.contains(example.section())) {
            return true;
        }
        boolean[] html = {false};
        Parser.builder().build().parse(example.markdown()).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                html[0] = true;
            }

            @Override
            public void visit(HtmlInline inline) {
                html[0] = true;
            }
        });
        return html[0];
    }

    /**
     * No element that runs or loads anything active, no event handler or style, and links and images only to the
     * allowed protocols or relative addresses, as a browser would read the HTML.
     */
    private static void assertNothingRuns(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            assertThat(element.tagName())
                    .as(html)
                    .isNotIn(
                            "script",
                            "iframe",
                            "object",
                            "embed",
                            "style",
                            "link",
                            "meta",
                            "form",
                            "svg",
                            "math",
                            "base",
                            "frame",
                            "frameset",
                            "applet",
                            "input",
                            "button",
                            "textarea",
                            "video",
                            "audio");
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(html).doesNotStartWith("on").isNotIn("style", "srcdoc", "formaction");
                if (name.equals("href") || name.equals("src")) {
                    String address = attribute
                            .getValue()
                            .replaceAll("[\\p{Cntrl}\\s]", "")
                            .toLowerCase(Locale.ROOT);
                    assertThat(address)
                            .as(html)
                            .matches("(https?:|mailto:|ftp:|ircs?:|tel:|xmpp:|[^:]*$|[^:]*[/?#].*).*")
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:");
                }
            }
        }
    }

    /**
     * As a browser reads it, printed compactly, with white space between tags and runs of it collapsed, addresses
     * with their percent-escapes decoded (the sanitizer escapes parentheses where the spec's renderer escapes
     * backslashes and letters beyond ASCII: the same address either way).
     */
    private static String normalized(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.body().select("[href], [src]")) {
            for (String name : List.of("href", "src")) {
                if (element.hasAttr(name)) {
                    element.attr(name, decoded(element.attr(name)).strip());
                }
            }
        }
        return document.body()
                .html()
                .replaceAll("\\s+", " ")
                .replaceAll(">\\s+<", "><")
                .strip();
    }

    private static String decoded(String address) {
        try {
            return URLDecoder.decode(address.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    private static Path testdata(String file) {
        String root = System.getProperty("werkraum.testdata");
        if (root == null) {
            throw new IllegalStateException("werkraum.testdata is not set; run the tests with Maven");
        }
        return Path.of(root, file);
    }
}
