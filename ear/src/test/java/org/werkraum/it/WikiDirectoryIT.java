package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lists that reach everything, a page at a time: the directory of wikis with its name filter, and a wiki's index of
 * all pages by title, which reaches the pages a level of the tree does not list (it lists 500).
 */
@ExtendWith(ArquillianExtension.class)
class WikiDirectoryIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void theDirectoryPagesThroughTheWikisANameFilterFindsAndCountsNoWikiTheReaderMayNotRead() {
        String mark = "Verzeichnis " + UUID.randomUUID().toString().substring(0, 8);
        Api sofia = Api.as("sofia.rossi");
        for (int i = 1; i <= 23; i++) {
            wiki(sofia, mark + " " + String.format("%02d", i), true);
        }
        wiki(sofia, mark + " vertraulich", false);

        // newest first, twenty a page
        PageSession tom = PageSession.signIn("tom.becker", "werkraum-demo");
        Document first = Jsoup.parse(tom.get("/wikis?name=" + encoded(mark)).body());
        assertThat(first.select("#wikisHeading").text()).isEqualTo("23 wikis");
        List<String> names = first.select("#wikis .wr-list-title").eachText();
        assertThat(names).hasSize(20);
        assertThat(names.get(0)).isEqualTo(mark + " 23");
        assertThat(names.get(19)).isEqualTo(mark + " 04");
        assertThat(first.select("#nextPage").attr("href")).contains("page=1").contains("name=");
        Document second =
                Jsoup.parse(tom.get("/wikis?name=" + encoded(mark) + "&page=1").body());
        assertThat(second.select("#wikis .wr-list-title").eachText())
                .containsExactly(mark + " 03", mark + " 02", mark + " 01");
        assertThat(Jsoup.parse(tom.get("/wikis?name=" + encoded(mark + " vertraulich"))
                                .body())
                        .select("#wikisEmpty")
                        .text())
                .isEqualTo("No wiki matches this filter.");

        // its owner finds the wiki named only for her; the API pages alike
        assertThat(Jsoup.parse(PageSession.signIn("sofia.rossi", "werkraum-demo")
                                .get("/wikis?name=" + encoded(mark))
                                .body())
                        .select("#wikisHeading")
                        .text())
                .isEqualTo("24 wikis");
        JsonNode page = Api.as("tom.becker")
                .get("/api/wikis?name=" + encoded(mark) + "&size=10&page=2")
                .json();
        assertThat(page.get("total").asLong()).isEqualTo(23);
        assertThat(names(page.get("items"))).containsExactly(mark + " 03", mark + " 02", mark + " 01");
        assertThat(Api.as("tom.becker").get("/api/wikis?size=500").status()).isEqualTo(400);
    }

    @Test
    void aWikisIndexListsEveryPageByTitleAHundredAtATimeWhereTheTreeStopsAtFiveHundred() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia, "Index " + UUID.randomUUID(), false);
        // 600 pages at the top, written straight into the database: the API would take a minute
        Database.execute("insert into wiki_page (wiki_id, title) select " + wiki
                + ", 'Seite ' || lpad(g::text, 3, '0') from generate_series(1, 600) g");
        Database.execute("insert into page_revision (page_id, number, title, markdown, html, author_id)"
                + " select p.id, 1, p.title, 'Text', '<p>Text</p>', (select id from person where login = 'sofia.rossi')"
                + " from wiki_page p where p.wiki_id = " + wiki);

        PageSession owner = PageSession.signIn("sofia.rossi", "werkraum-demo");
        Document home = Jsoup.parse(owner.get("/wikis/" + wiki).body());
        assertThat(home.select("#morePages").text())
                .startsWith("The tree shows the first 500 pages of a level; all of them are in the index:");
        assertThat(home.select("#morePages a").attr("href")).isEqualTo("/werkraum/wikis/" + wiki + "/index");

        Document index = Jsoup.parse(owner.get("/wikis/" + wiki + "/index").body());
        assertThat(index.select("#indexHeading").text()).isEqualTo("600 pages");
        List<String> titles = index.select("#indexPages a").eachText();
        assertThat(titles).hasSize(100);
        assertThat(titles.get(0)).isEqualTo("Seite 001");
        assertThat(titles.get(99)).isEqualTo("Seite 100");
        List<String> last = Jsoup.parse(
                        owner.get("/wikis/" + wiki + "/index?page=5").body())
                .select("#indexPages a")
                .eachText();
        assertThat(last).hasSize(100);
        assertThat(last.get(0)).isEqualTo("Seite 501");
        assertThat(last.get(99)).isEqualTo("Seite 600");
        assertThat(index.select(".wr-pager-position").text()).isEqualTo("Page 1 of 6");
        Document filtered = Jsoup.parse(
                owner.get("/wikis/" + wiki + "/index?title=seite+59").body());
        assertThat(filtered.select("#indexHeading").text()).isEqualTo("10 pages");
        assertThat(filtered.select("#indexPages a").first().attr("href")).startsWith("/werkraum/pages/");

        JsonNode page = sofia.get("/api/wikis/" + wiki + "/pages?title=" + encoded("SEITE 59") + "&size=5&page=1")
                .json();
        assertThat(page.get("total").asLong()).isEqualTo(10);
        assertThat(titles(page.get("items")))
                .containsExactly("Seite 595", "Seite 596", "Seite 597", "Seite 598", "Seite 599");

        // a wiki named for sofia only: for anyone else neither its index nor a count of it exists
        assertThat(Api.as("tom.becker").get("/api/wikis/" + wiki + "/pages").status())
                .isEqualTo(404);
        assertThat(PageSession.signIn("tom.becker", "werkraum-demo")
                        .get("/wikis/" + wiki + "/index")
                        .statusCode())
                .isEqualTo(404);
    }

    private static long wiki(Api owner, String name, boolean openToAll) {
        Api.Reply created = owner.post("/api/wikis", Map.of("name", name, "openToAll", openToAll));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode wikis) {
        List<String> names = new ArrayList<>();
        wikis.forEach(w -> names.add(w.get("name").asText()));
        return names;
    }

    private static List<String> titles(JsonNode pages) {
        List<String> titles = new ArrayList<>();
        pages.forEach(p -> titles.add(p.get("title").asText()));
        return titles;
    }
}
