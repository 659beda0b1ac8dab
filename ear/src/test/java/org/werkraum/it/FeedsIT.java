package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Atom feeds: valid against RFC 4287's own schema (appendix B, checked by Jing) and read by Rome as feed readers read
 * them; signed in as the API is (HTTP Basic or a personal access token, never the session cookie); and holding only
 * what the reader may read.
 */
@ExtendWith(ArquillianExtension.class)
class FeedsIT {

    private static final Path ATOM = Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "atom");

    private static final Path XSS = Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "xss");

    private static final Map<String, String> FEED_READER =
            Map.of("Accept", "application/atom+xml, application/xml;q=0.9, */*;q=0.1");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void theSchemaAndTheParserAcceptTheRfcsExamplesAndRejectAFeedWithoutId() throws Exception {
        Schema schema = new Schema();
        try (Stream<Path> examples = Files.list(ATOM.resolve("rfc4287"))) {
            for (Path example :
                    examples.filter(p -> p.toString().endsWith(".xml")).toList()) {
                assertThat(schema.errors(Files.readString(example)))
                        .as(example.toString())
                        .isEmpty();
            }
        }
        try (Stream<Path> samples = Files.list(ATOM.resolve("samples"))) {
            for (Path sample : samples.toList()) {
                SyndFeed feed = new SyndFeedInput().build(new InputSource(Files.newInputStream(sample)));
                assertThat(feed.getFeedType()).as(sample.toString()).isEqualTo("atom_1.0");
            }
        }
        String brief = Files.readString(ATOM.resolve("rfc4287").resolve("rfc4287_1.1_example_brief.xml"));
        assertThat(schema.errors(brief.replaceFirst("(?s)<id>.*?</id>", "")))
                .as("the validator does check")
                .isNotEmpty();
    }

    @Test
    void feedsAreValidAtomWithThePostsTheReaderMayRead() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String tag = "feed-" + word;
        Api anna = Api.as("anna.schmidt");
        Api jonas = Api.as("jonas.meyer");
        Api emma = Api.as("emma.fischer");
        String hostile = "<img src=x onerror=alert(1)> Zahlen & \"Fakten\" " + word;
        long open = publish(
                jonas,
                post(
                        hostile,
                        "Erster **Absatz**.\n\n<script>alert('feed')</script>\n\n| A | B |\n|---|---|\n| 1 | 2 |",
                        tag,
                        null));
        long circle = community(anna, "Feedkreis " + word);
        join(anna, jonas, circle);
        publish(jonas, post("Intern " + word, "Nur für den Kreis.", tag, circle));

        Schema schema = new Schema();
        Api.Reply jonasBlog = jonas.get("/api/feeds/people/jonas.meyer/blog", FEED_READER);
        assertThat(jonasBlog.status()).as(jonasBlog.body()).isEqualTo(200);
        assertThat(jonasBlog.contentType()).startsWith("application/atom+xml");
        assertThat(schema.errors(jonasBlog.body())).isEmpty();
        Feed blog = atom(jonasBlog.body());
        assertThat(blog.getTitle()).isEqualTo("Jonas Meyer’s blog");
        Entry first = blog.getEntries().get(0);
        assertThat(first.getTitle()).isEqualTo(hostile);
        assertThat(first.getAlternateLinks().get(0).getHref()).endsWith("/werkraum/posts/" + open);
        assertThat(first.getAuthors().get(0).getName()).isEqualTo("Jonas Meyer");
        String html = first.getContents().get(0).getValue();
        assertThat(html).contains("<strong>Absatz</strong>").contains("<td>1</td>");
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("onerror");
        assertThat(titles(blog)).as("his own blog only").doesNotContain("Intern " + word);

        Api.Reply tagAsMember = jonas.get("/api/feeds/tags/" + tag, FEED_READER);
        assertThat(schema.errors(tagAsMember.body())).isEmpty();
        assertThat(titles(atom(tagAsMember.body()))).containsExactly("Intern " + word, hostile);
        assertThat(titles(atom(emma.get("/api/feeds/tags/" + tag, FEED_READER).body())))
                .containsExactly(hostile);
        assertThat(titles(atom(
                        jonas.get("/api/feeds/people/jonas.meyer", FEED_READER).body())))
                .contains("Intern " + word, hostile);
        assertThat(titles(atom(
                        emma.get("/api/feeds/people/jonas.meyer", FEED_READER).body())))
                .contains(hostile)
                .doesNotContain("Intern " + word);
        Api.Reply circleFeed = jonas.get("/api/feeds/communities/" + circle + "/blog", FEED_READER);
        assertThat(schema.errors(circleFeed.body())).isEmpty();
        assertThat(atom(circleFeed.body()).getTitle()).isEqualTo("Blog of Feedkreis " + word);
        assertThat(emma.get("/api/feeds/communities/" + circle + "/blog", FEED_READER)
                        .status())
                .isEqualTo(404);
        assertThat(emma.get("/api/feeds/people/nobody." + word, FEED_READER).status())
                .isEqualTo(404);

        Api.Reply german = emma.get(
                "/api/feeds/leadership", Map.of("Accept", "application/atom+xml", "Accept-Language", "de-DE,de;q=0.9"));
        assertThat(schema.errors(german.body())).isEmpty();
        assertThat(atom(german.body()).getTitle()).isEqualTo("Führungsblog");

        // a feed reader polls: unchanged since its copy, the answer is short
        String lastModified = jonasBlog.headers().firstValue("Last-Modified").orElseThrow();
        Map<String, String> conditional = new HashMap<>(FEED_READER);
        conditional.put("If-Modified-Since", lastModified);
        assertThat(jonas.get("/api/feeds/people/jonas.meyer/blog", conditional).status())
                .isEqualTo(304);
    }

    @Test
    void aWikisRecentChangesAreValidAtomForItsReadersOnly() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Api sofia = Api.as("sofia.rossi");
        long wiki = sofia.post("/api/wikis", Map.of("name", "Änderungen " + word, "openToAll", false))
                .json()
                .get("id")
                .asLong();
        long page = sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "Reisen", "markdown", "Erst *Zug*."))
                .json()
                .get("pageId")
                .asLong();
        sofia.put(
                "/api/wiki-pages/" + page,
                Map.of("baseRevision", 1, "title", "Reisen", "markdown", "Immer *Zug*.", "comment", "<b>klarer</b>"));
        long other = sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "Spesen", "markdown", "Belege."))
                .json()
                .get("pageId")
                .asLong();

        Schema schema = new Schema();
        Api.Reply changes = sofia.get("/api/feeds/wikis/" + wiki, FEED_READER);
        assertThat(changes.status()).as(changes.body()).isEqualTo(200);
        assertThat(schema.errors(changes.body())).isEmpty();
        Feed feed = atom(changes.body());
        assertThat(feed.getTitle()).isEqualTo("Changes in Änderungen " + word);
        assertThat(titles(feed)).containsExactly("Spesen · revision 1", "Reisen · revision 2", "Reisen · revision 1");
        Entry edit = feed.getEntries().get(1);
        assertThat(edit.getAlternateLinks().get(0).getHref()).endsWith("/werkraum/pages/" + page + "/revisions/2");
        assertThat(edit.getSummary().getValue()).isEqualTo("<b>klarer</b>");
        assertThat(edit.getSummary().getType()).isEqualTo("text");
        assertThat(edit.getContents().get(0).getValue()).contains("Immer <em>Zug</em>.");
        assertThat(edit.getAuthors().get(0).getName()).isEqualTo("Sofia Rossi");

        Api.Reply pageChanges = sofia.get("/api/feeds/wiki-pages/" + page, FEED_READER);
        assertThat(schema.errors(pageChanges.body())).isEmpty();
        assertThat(atom(pageChanges.body()).getTitle()).isEqualTo("Changes to Reisen");
        assertThat(titles(atom(pageChanges.body()))).containsExactly("Reisen · revision 2", "Reisen · revision 1");

        // a closed wiki's feed does not exist for others; a page in the trash leaves the wiki's feed
        assertThat(Api.as("emma.fischer")
                        .get("/api/feeds/wikis/" + wiki, FEED_READER)
                        .status())
                .isEqualTo(404);
        assertThat(Api.as("emma.fischer")
                        .get("/api/feeds/wiki-pages/" + page, FEED_READER)
                        .status())
                .isEqualTo(404);
        sofia.delete("/api/wiki-pages/" + other);
        assertThat(titles(
                        atom(sofia.get("/api/feeds/wikis/" + wiki, FEED_READER).body())))
                .containsExactly("Reisen · revision 2", "Reisen · revision 1");
    }

    @Test
    void hostileTextInAFeedRunsNothingInChromium() throws Exception {
        List<String> payloads =
                Files.readAllLines(XSS.resolve("owasp/owasp_xss_filter_evasion.txt"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .toList();
        String marker = "Anfang der Probe " + UUID.randomUUID().toString().substring(0, 8);
        String text = marker + "\n\n" + String.join("\n\n", payloads) + "\n\n"
                + Files.readString(XSS.resolve("blns/blns_script_injection.txt"), StandardCharsets.UTF_8);
        String tag = "probe-" + marker.substring(marker.length() - 8);
        Api laura = Api.as("laura.kaya");
        publish(laura, post("<script>alert('title')</script>", text, tag, null));

        Api.Reply reply = laura.get("/api/feeds/tags/" + tag, FEED_READER);
        assertThat(new Schema().errors(reply.body())).isEmpty();
        Entry entry = atom(reply.body()).getEntries().get(0);
        assertThat(entry.getTitleEx().getType())
                .as("a title is text, never markup")
                .isEqualTo("text");
        String html = entry.getContents().get(0).getValue();
        try (Browser browser = new Browser()) {
            // what a feed reader that shows the entry as a page would run
            browser.driver()
                    .get("data:text/html;charset=utf-8;base64,"
                            + Base64.getEncoder()
                                    .encodeToString(("<!doctype html><title>Eintrag</title><body>" + html)
                                            .getBytes(StandardCharsets.UTF_8)));
            browser.waitForText(marker);
            Search.sleep(500);
            assertThat(browser.openDialog()).isNull();
            assertThat(browser.driver().findElements(By.cssSelector("script, iframe, object, embed")))
                    .isEmpty();
        }
    }

    @Test
    void aFeedReaderSignsInWithBasicOrATokenNeverWithTheSessionCookie() throws Exception {
        String path = "/api/feeds/leadership";
        assertThat(Api.anonymous().get(path, FEED_READER).status()).isEqualTo(401);
        PageSession browser = PageSession.signIn("greta.hoffmann", Api.DEMO_PASSWORD);
        assertThat(browser.get(path).statusCode()).as("the cookie alone").isEqualTo(401);
        Api greta = Api.as("greta.hoffmann");
        assertThat(greta.get(path, FEED_READER).status()).isEqualTo(200);
        JsonNode created = greta.post("/api/people/me/tokens", Map.of("name", "Feedreader", "expiresInDays", 30))
                .json();
        try {
            Api.Reply byToken = Api.bearer(created.get("secret").asText()).get(path, FEED_READER);
            assertThat(byToken.status()).isEqualTo(200);
            assertThat(new Schema().errors(byToken.body())).isEmpty();
        } finally {
            // other tests count her tokens
            greta.delete(
                    "/api/people/me/tokens/" + created.get("token").get("id").asLong());
        }
    }

    /** RFC 4287's RELAX NG schema (appendix B), as Jing checks documents against it. */
    private static final class Schema {

        private final List<String> errors = new ArrayList<>();
        private final ValidationDriver driver;

        Schema() throws Exception {
            PropertyMapBuilder properties = new PropertyMapBuilder();
            properties.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getLineNumber() + ": " + e.getMessage());
                }
            });
            driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
            Path rnc = ATOM.resolve("rfc4287").resolve("rfc4287_appendixB_atom.rnc");
            assertThat(driver.loadSchema(ValidationDriver.fileInputSource(rnc.toFile())))
                    .as("the schema loads: " + errors)
                    .isTrue();
        }

        List<String> errors(String xml) throws IOException, org.xml.sax.SAXException {
            errors.clear();
            driver.validate(new InputSource(new StringReader(xml)));
            return List.copyOf(errors);
        }
    }

    private static Feed atom(String xml) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    private static List<String> titles(Feed feed) {
        return feed.getEntries().stream().map(Entry::getTitle).toList();
    }

    private static long community(Api owner, String name) {
        Api.Reply created = owner.post(
                "/api/communities", Map.of("name", name, "description", "", "type", "RESTRICTED", "tags", List.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static void join(Api owner, Api invited, long community) {
        long id = invited.get("/api/people/me").json().get("id").asLong();
        owner.post("/api/communities/" + community + "/invitations", Map.of("personId", id));
        assertThat(invited.post("/api/communities/" + community + "/invitation/accept", Map.of())
                        .status())
                .isEqualTo(200);
    }

    private static long publish(Api author, Map<String, Object> post) {
        Api.Reply written = author.post("/api/posts", post);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long id = written.json().get("id").asLong();
        assertThat(author.post("/api/posts/" + id + "/publish", Map.of()).status())
                .isEqualTo(200);
        return id;
    }

    private static Map<String, Object> post(String title, String markdown, String tag, Long community) {
        Map<String, Object> post = new HashMap<>();
        post.put("title", title);
        post.put("markdown", markdown);
        post.put("tags", List.of(tag));
        if (community != null) {
            post.put("communityId", community);
        }
        return post;
    }
}
