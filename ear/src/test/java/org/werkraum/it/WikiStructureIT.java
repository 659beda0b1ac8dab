package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shape of a wiki through the API: wiki links with backlinks, wanted and orphaned pages; a rename that the links
 * follow; titles unique in a wiki; moves that never make a cycle; the trash and restoring from it; templates; watches.
 */
@ExtendWith(ArquillianExtension.class)
class WikiStructureIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void linksLeadToPagesOrToTheFormThatWritesThemAndListBacklinksWantedAndOrphanedPages() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia);
        long travel = page(sofia, wiki, null, "Travel policy", "Book trains first.");
        long start = page(
                sofia, wiki, null, "Start", "Read the [[travel policy]] and [[Expenses|how to claim]]. [[Expenses]]!");

        List<Element> links = links(sofia, start);
        assertThat(links).extracting(Element::text).containsExactly("travel policy", "how to claim", "Expenses");
        assertThat(links.get(0).attr("href")).isEqualTo("/werkraum/pages/" + travel);
        assertThat(links.get(0).attr("class")).isEqualTo("wr-wikilink");
        assertThat(links.get(1).attr("href"))
                .isEqualTo("/werkraum/wikis/" + wiki + "/new?title=Expenses&parent=" + start);
        assertThat(links.get(1).attr("class")).isEqualTo("wr-wikilink wr-missing");

        JsonNode wanted = sofia.get("/api/wikis/" + wiki + "/wanted").json();
        assertThat(wanted).hasSize(1);
        assertThat(wanted.get(0).get("title").asText()).isEqualTo("Expenses");
        assertThat(wanted.get(0).get("linkedFrom").asInt())
                .as("one page, twice")
                .isEqualTo(1);
        assertThat(titles(sofia.get("/api/wikis/" + wiki + "/orphaned").json())).containsExactly("Start");
        assertThat(titles(sofia.get("/api/wiki-pages/" + travel).json().get("backlinks")))
                .containsExactly("Start");

        // the page written later: the link waiting for it leads to it
        long expenses = page(sofia, wiki, start, "Expenses", "Receipts within a month.");
        assertThat(links(sofia, start).get(1).attr("href")).isEqualTo("/werkraum/pages/" + expenses);
        assertThat(links(sofia, start).get(1).attr("class")).isEqualTo("wr-wikilink");
        assertThat(sofia.get("/api/wikis/" + wiki + "/wanted").json()).isEmpty();

        // a title is the wiki's, whatever the case and wherever in the tree
        Api.Reply clash = sofia.post(
                "/api/wikis/" + wiki + "/pages",
                Map.of("title", "TRAVEL POLICY", "markdown", "again", "parentId", expenses));
        assertThat(clash.status()).as(clash.body()).isEqualTo(409);
        assertThat(clash.json().get("code").asText()).isEqualTo("error.page.titleTaken");
    }

    @Test
    void aRenamedPageTakesTheLinksToItAlongAsMinorRevisionsOfTheLinkingPages() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia);
        sofia.put("/api/wikis/" + wiki + "/people/tom.becker", Map.of("role", "EDITOR"));
        long travel = page(sofia, wiki, null, "Travel policy", "See [[Travel policy|this page]].");
        long start = page(sofia, wiki, null, "Start", "Read the [[travel policy]], `[[Travel policy]]` is code.");
        page(sofia, wiki, null, "Travel rules", "Lorem.");
        Api tom = Api.as("tom.becker");

        Api.Reply taken = tom.put("/api/wiki-pages/" + travel, edit(1, "travel RULES", "x"));
        assertThat(taken.status()).as("the title is another page's").isEqualTo(409);

        Api.Reply renamed =
                tom.put("/api/wiki-pages/" + travel, edit(1, "Reiserichtlinie", "See [[Travel policy|this page]]."));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);

        JsonNode linking = sofia.get("/api/wiki-pages/" + start).json();
        assertThat(linking.get("markdown").asText())
                .isEqualTo("Read the [[Reiserichtlinie]], `[[Travel policy]]` is code.");
        assertThat(linking.get("revision").asInt()).isEqualTo(2);
        assertThat(Jsoup.parseBodyFragment(linking.get("html").asText())
                        .selectFirst("a")
                        .attr("href"))
                .isEqualTo("/werkraum/pages/" + travel);
        JsonNode relinked = sofia.get("/api/wiki-pages/" + start + "/revisions")
                .json()
                .get("items")
                .get(0);
        assertThat(relinked.get("authorLogin").asText()).isEqualTo("tom.becker");
        assertThat(relinked.get("comment").asText()).isEqualTo("Travel policy → Reiserichtlinie");
        assertThat(relinked.get("minor").asBoolean()).isTrue();
        assertThat(sofia.get("/api/wiki-pages/" + travel).json().get("markdown").asText())
                .as("its own links to itself too")
                .isEqualTo("See [[Reiserichtlinie|this page]].\n");
        assertThat(titles(sofia.get("/api/wiki-pages/" + travel).json().get("backlinks")))
                .containsExactly("Start");
        assertThat(sofia.get("/api/wikis/" + wiki + "/wanted").json()).isEmpty();
    }

    @Test
    void aPageMovesWithItsSubtreeButNeverBelowItself() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia);
        long handbook = page(sofia, wiki, null, "Handbook", "");
        long people = page(sofia, wiki, handbook, "People", "");
        long leave = page(sofia, wiki, people, "Leave", "");
        long other = page(sofia, wiki(sofia), null, "Elsewhere", "");

        for (long below : new long[] {handbook, people, leave}) {
            Api.Reply cycle = sofia.put("/api/wiki-pages/" + handbook + "/parent", Map.of("parentId", below));
            assertThat(cycle.status()).as(cycle.body()).isEqualTo(409);
            assertThat(cycle.json().get("code").asText()).isEqualTo("error.page.moveBelowItself");
        }
        assertThat(sofia.put("/api/wiki-pages/" + people + "/parent", Map.of("parentId", other))
                        .status())
                .as("another wiki's page is no place here")
                .isEqualTo(404);

        assertThat(sofia.put("/api/wiki-pages/" + people + "/parent", Collections.singletonMap("parentId", null))
                        .status())
                .isEqualTo(204);
        JsonNode moved = sofia.get("/api/wiki-pages/" + leave).json();
        assertThat(titles(moved.get("ancestors"))).containsExactly("People");
        assertThat(sofia.get("/api/wiki-pages/" + people)
                        .json()
                        .path("parentId")
                        .isMissingNode())
                .as("at the top")
                .isTrue();
        assertThat(titles(sofia.get("/api/wiki-pages/" + handbook).json().get("children")))
                .isEmpty();

        assertThat(sofia.put("/api/wiki-pages/" + handbook + "/parent", Map.of("parentId", leave))
                        .status())
                .isEqualTo(204);
        assertThat(titles(sofia.get("/api/wiki-pages/" + handbook).json().get("ancestors")))
                .containsExactly("People", "Leave");
        assertThat(Api.as("clara.costa")
                        .put("/api/wiki-pages/" + handbook + "/parent", Map.of("parentId", people))
                        .status())
                .as("a reader moves nothing")
                .isEqualTo(403);
    }

    @Test
    void aDeletedPageGoesToTheTrashWithItsSubtreeAndOwnersRestoreIt() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia);
        sofia.put("/api/wikis/" + wiki + "/people/tom.becker", Map.of("role", "EDITOR"));
        Api tom = Api.as("tom.becker");
        long people = page(sofia, wiki, null, "People", "");
        long leave = page(sofia, wiki, people, "Leave", "");
        long start = page(sofia, wiki, null, "Start", "[[People]] and [[Leave]]");

        assertThat(tom.delete("/api/wiki-pages/" + people).status()).isEqualTo(204);

        assertThat(sofia.get("/api/wiki-pages/" + people).status()).isEqualTo(404);
        assertThat(sofia.get("/api/wiki-pages/" + leave).status()).isEqualTo(404);
        assertThat(links(sofia, start)).extracting(a -> a.attr("class")).containsOnly("wr-wikilink wr-missing");
        JsonNode trash = sofia.get("/api/wikis/" + wiki + "/trash").json();
        assertThat(trash).hasSize(1);
        assertThat(trash.get(0).get("title").asText()).isEqualTo("People");
        assertThat(trash.get(0).get("pages").asInt()).isEqualTo(2);
        assertThat(trash.get(0).get("deletedByLogin").asText()).isEqualTo("tom.becker");
        assertThat(tom.get("/api/wikis/" + wiki + "/trash").status())
                .as("owners see the trash")
                .isEqualTo(403);
        assertThat(tom.post("/api/wiki-pages/" + people + "/restore", Map.of()).status())
                .as("owners restore")
                .isEqualTo(403);

        // the title was free and is taken meanwhile: restoring says so and changes nothing
        long newer = page(tom, wiki, null, "people", "");
        Api.Reply clash = sofia.post("/api/wiki-pages/" + people + "/restore", Map.of());
        assertThat(clash.status()).as(clash.body()).isEqualTo(409);
        assertThat(clash.json().get("code").asText()).isEqualTo("error.page.restoreTitleTaken");
        assertThat(sofia.get("/api/wiki-pages/" + leave).status()).isEqualTo(404);

        assertThat(sofia.delete("/api/wiki-pages/" + newer).status()).isEqualTo(204);
        assertThat(sofia.post("/api/wiki-pages/" + people + "/restore", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(titles(sofia.get("/api/wiki-pages/" + leave).json().get("ancestors")))
                .containsExactly("People");
        assertThat(links(sofia, start))
                .extracting(a -> a.attr("href"))
                .containsExactly("/werkraum/pages/" + people, "/werkraum/pages/" + leave);
        assertThat(titles(sofia.get("/api/wikis/" + wiki + "/trash").json())).containsExactly("people");
        assertThat(sofia.post("/api/wiki-pages/" + start + "/restore", Map.of()).status())
                .as("a page not in the trash")
                .isEqualTo(404);
    }

    @Test
    void templatesAreOfferedAndWatchesKeptPerPerson() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia);
        long template = page(sofia, wiki, null, "Meeting notes", "## Agenda\n\n## Decisions\n");
        page(sofia, wiki, null, "Start", "");

        assertThat(sofia.put("/api/wiki-pages/" + template + "/template", Map.of("value", true))
                        .status())
                .isEqualTo(204);
        assertThat(titles(sofia.get("/api/wikis/" + wiki + "/templates").json()))
                .containsExactly("Meeting notes");
        assertThat(sofia.get("/api/wiki-pages/" + template)
                        .json()
                        .get("template")
                        .asBoolean())
                .isTrue();
        assertThat(titles(sofia.get("/api/wikis/" + wiki + "/orphaned").json()))
                .as("a template needs no links")
                .containsExactly("Start");
        assertThat(Api.as("clara.costa")
                        .put("/api/wiki-pages/" + template + "/template", Map.of("value", false))
                        .status())
                .isEqualTo(403);

        Api clara = Api.as("clara.costa");
        assertThat(clara.put("/api/wiki-pages/" + template + "/watch", Map.of("value", true))
                        .status())
                .as("a reader may watch")
                .isEqualTo(204);
        assertThat(clara.put("/api/wiki-pages/" + template + "/watch", Map.of("value", true))
                        .status())
                .as("twice is once")
                .isEqualTo(204);
        assertThat(clara.put("/api/wikis/" + wiki + "/watch", Map.of("value", true))
                        .status())
                .isEqualTo(204);
        assertThat(clara.get("/api/wiki-pages/" + template)
                        .json()
                        .get("watching")
                        .asBoolean())
                .isTrue();
        assertThat(sofia.get("/api/wiki-pages/" + template)
                        .json()
                        .get("watching")
                        .asBoolean())
                .isFalse();
        assertThat(Database.queryLong("select count(*) from wiki_watch w join person p on p.id = w.person_id"
                        + " where p.login = 'clara.costa' and w.wiki_id = " + wiki))
                .isEqualTo(2);
        assertThat(clara.put("/api/wiki-pages/" + template + "/watch", Map.of("value", false))
                        .status())
                .isEqualTo(204);
        assertThat(clara.get("/api/wiki-pages/" + template)
                        .json()
                        .get("watching")
                        .asBoolean())
                .isFalse();
        assertThat(clara.put("/api/wiki-pages/" + template + "/watch", Map.of()).status())
                .isEqualTo(400);
    }

    @Test
    void editorsSeeWhoElseHasThePageOpenInAnEditor() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia);
        sofia.put("/api/wikis/" + wiki + "/people/tom.becker", Map.of("role", "EDITOR"));
        long page = page(sofia, wiki, null, "Agenda", "");
        Api tom = Api.as("tom.becker");

        assertThat(sofia.put("/api/wiki-pages/" + page + "/presence", Map.of()).json())
                .isEmpty();
        JsonNode seenByTom =
                tom.put("/api/wiki-pages/" + page + "/presence", Map.of()).json();
        assertThat(seenByTom).hasSize(1);
        assertThat(seenByTom.get(0).get("login").asText()).isEqualTo("sofia.rossi");
        assertThat(seenByTom.get(0).get("name").asText()).isEqualTo("Sofia Rossi");
        assertThat(sofia.put("/api/wiki-pages/" + page + "/presence", Map.of())
                        .json()
                        .get(0)
                        .get("login")
                        .asText())
                .isEqualTo("tom.becker");

        assertThat(sofia.delete("/api/wiki-pages/" + page + "/presence").status())
                .isEqualTo(204);
        assertThat(tom.put("/api/wiki-pages/" + page + "/presence", Map.of()).json())
                .isEmpty();
        assertThat(Api.as("clara.costa")
                        .put("/api/wiki-pages/" + page + "/presence", Map.of())
                        .status())
                .as("readers do not edit")
                .isEqualTo(403);
    }

    @Test
    void pagesSavedBeforeLinksWereRecordedGetTheirLinksAndLinkedTextInTheBackground() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia);
        long travel = page(sofia, wiki, null, "Travel policy", "Book trains first.");
        long start = page(sofia, wiki, null, "Start", "Read the [[travel policy]]; [[Expenses]] comes later.");
        // as a page saved before V19 looks: no recorded links, its text's [[…]] as text, marked by V22
        Database.execute("delete from wiki_link where page_id = " + start);
        Database.execute("update page_revision set html = '<p>Read the [[travel policy]]; [[Expenses]] comes"
                + " later.</p>' where page_id = " + start);
        Database.execute("update wiki_page set links_recorded = false where id = " + start);
        assertThat(sofia.get("/api/wiki-pages/" + travel).json().get("backlinks"))
                .isEmpty();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Database.queryLong("select count(*) from wiki_page where id = " + start + " and not links_recorded")
                > 0) {
            assertThat(Instant.now()).as("the page's links recorded in time").isBefore(deadline);
            Search.sleep(250);
        }
        assertThat(titles(sofia.get("/api/wiki-pages/" + travel).json().get("backlinks")))
                .containsExactly("Start");
        assertThat(titles(sofia.get("/api/wikis/" + wiki + "/wanted").json())).containsExactly("Expenses");
        List<Element> links = links(sofia, start);
        assertThat(links).extracting(Element::text).containsExactly("travel policy", "Expenses");
        assertThat(links.get(0).attr("href")).isEqualTo("/werkraum/pages/" + travel);
        assertThat(links.get(1).attr("class")).isEqualTo("wr-wikilink wr-missing");
    }

    private static long wiki(Api owner) {
        Api.Reply created =
                owner.post("/api/wikis", Map.of("name", "Handbuch " + UUID.randomUUID(), "openToAll", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static long page(Api writer, long wiki, Long parent, String title, String markdown) {
        Map<String, Object> draft = parent == null
                ? Map.of("title", title, "markdown", markdown)
                : Map.of("title", title, "markdown", markdown, "parentId", parent);
        Api.Reply created = writer.post("/api/wikis/" + wiki + "/pages", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("pageId").asLong();
    }

    private static List<Element> links(Api reader, long page) {
        String html = reader.get("/api/wiki-pages/" + page).json().get("html").asText();
        return Jsoup.parseBodyFragment(html).select("a");
    }

    private static List<String> titles(JsonNode pages) {
        List<String> titles = new ArrayList<>();
        pages.forEach(p -> titles.add(p.get("title").asText()));
        return titles;
    }

    private static Map<String, Object> edit(int base, String title, String markdown) {
        return Map.of("baseRevision", base, "title", title, "markdown", markdown);
    }
}
