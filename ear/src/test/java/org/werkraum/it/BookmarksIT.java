package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bookmarks through the API: a page kept by many counts once however its address is spelled, a private bookmark is
 * its owner's alone (not listed, counted or shown among who else keeps the page), only owners delete; browsers'
 * bookmark files in (every file of ../shared/testdata/bookmarks/) and out.
 */
@ExtendWith(ArquillianExtension.class)
class BookmarksIT {

    static final Path BOOKMARK_FILES =
            Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "bookmarks");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aPageKeptByManyCountsOnceAndAPrivateBookmarkIsItsOwnersAlone() {
        String path = "handbook-" + UUID.randomUUID();
        Api anna = Api.as("anna.schmidt");
        Api ben = Api.as("ben.carter");
        Api tom = Api.as("tom.becker");

        Api.Reply annas = anna.post(
                "/api/bookmarks",
                Map.of(
                        "url",
                        "HTTPS://Intranet.Example.COM:443/" + path + "?utm_source=newsletter#top",
                        "title",
                        "Das Handbuch",
                        "tags",
                        List.of("Onboarding")));
        assertThat(annas.status()).as(annas.body()).isEqualTo(201);
        String address = "https://intranet.example.com/" + path;
        assertThat(annas.json().get("address").asText()).isEqualTo(address);
        long page = annas.json().get("pageId").asLong();
        long annasId = annas.json().get("id").asLong();

        JsonNode bens = ben.post(
                        "/api/bookmarks",
                        Map.of("url", address, "title", "Handbook", "tags", List.of("Cloud Computing", "onboarding")))
                .json();
        assertThat(bens.get("pageId").asLong()).as("the same page").isEqualTo(page);
        assertThat(bens.get("people").asLong()).isEqualTo(2);
        assertThat(texts(bens.get("tags"))).containsExactly("cloud-computing", "onboarding");

        JsonNode toms = tom.post(
                        "/api/bookmarks",
                        Map.of("url", address + "#later", "title", "Mein Geheimnis", "personal", true))
                .json();
        assertThat(toms.get("pageId").asLong()).isEqualTo(page);
        assertThat(toms.get("people").asLong())
                .as("a private bookmark is not counted")
                .isEqualTo(2);
        long tomsId = toms.get("id").asLong();

        // nothing of tom's private bookmark for anyone else: not found, not listed, not among the page's people
        Api.Reply hidden = anna.get("/api/bookmarks/" + tomsId);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Geheimnis");
        assertThat(logins(anna.get("/api/bookmarks/pages/" + page + "/people").json()))
                .containsExactly("anna.schmidt", "ben.carter");
        assertThat(logins(tom.get("/api/bookmarks/pages/" + page + "/people").json()))
                .containsExactly("anna.schmidt", "ben.carter", "tom.becker");
        assertThat(ids(anna.get("/api/bookmarks?size=100").json().get("items")))
                .contains(annasId, bens.get("id").asLong())
                .doesNotContain(tomsId);
        assertThat(ids(anna.get("/api/bookmarks?person=tom.becker&size=100")
                        .json()
                        .get("items")))
                .doesNotContain(tomsId);
        assertThat(ids(tom.get("/api/bookmarks?mine=true&size=100").json().get("items")))
                .contains(tomsId);
        assertThat(ids(anna.get("/api/bookmarks?tag=Cloud+Computing&size=100")
                        .json()
                        .get("items")))
                .contains(bens.get("id").asLong())
                .doesNotContain(annasId);
        JsonNode popular = anna.get("/api/bookmarks/popular?days=30&size=100").json();
        List<Long> counted = new ArrayList<>();
        popular.forEach(p -> {
            if (p.get("pageId").asLong() == page) {
                counted.add(p.get("people").asLong());
                assertThat(p.get("title").asText())
                        .as("as its first keeper named it")
                        .isEqualTo("Das Handbuch");
            }
        });
        assertThat(counted).containsExactly(2L);

        // kept again: the same bookmark, changed
        JsonNode again = anna.post("/api/bookmarks", Map.of("url", address, "title", "Das neue Handbuch"))
                .json();
        assertThat(again.get("id").asLong()).isEqualTo(annasId);
        assertThat(again.get("title").asText()).isEqualTo("Das neue Handbuch");

        // bad input: a clear error, nothing kept
        Api.Reply script = anna.post("/api/bookmarks", Map.of("url", "javascript:alert(1)", "title", "x"));
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.json().get("code").asText()).isEqualTo("error.bookmark.address");
        Api.Reply tooLong = anna.post("/api/bookmarks", Map.of("url", address, "title", "x".repeat(501)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("code").asText()).isEqualTo("error.bookmark.titleTooLong");
        assertThat(anna.get("/api/bookmarks/" + annasId).json().get("title").asText())
                .isEqualTo("Das neue Handbuch");

        // only owners delete; someone else's private one does not exist
        Api.Reply notHers = ben.delete("/api/bookmarks/" + annasId);
        assertThat(notHers.status()).isEqualTo(403);
        assertThat(notHers.json().get("code").asText()).isEqualTo("error.bookmark.ownerOnly");
        assertThat(anna.delete("/api/bookmarks/" + tomsId).status()).isEqualTo(404);
        assertThat(anna.delete("/api/bookmarks/" + annasId).status()).isEqualTo(204);
        assertThat(anna.get("/api/bookmarks/" + annasId).status()).isEqualTo(404);
        assertThat(ben.get("/api/bookmarks/" + bens.get("id").asLong())
                        .json()
                        .get("people")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void bookmarksAreFoundByTitleDescriptionTagAndAddressPrivateOnesByNobody() {
        String word =
                "lesezeichen" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        java.time.Duration indexed = java.time.Duration.ofSeconds(20);
        String address = "https://intranet.example.com/" + word + "-portal/start";
        long anna = Api.as("anna.schmidt")
                .post(
                        "/api/bookmarks",
                        Map.of(
                                "url",
                                address,
                                "title",
                                "Reiseportal",
                                "description",
                                "Hier bucht man Dienstreisen",
                                "tags",
                                List.of("Reisen " + word)))
                .json()
                .get("id")
                .asLong();
        Api tom = Api.as("tom.becker");
        long hidden = tom.post(
                        "/api/bookmarks",
                        Map.of("url", address + "/privat", "title", "Privat " + word, "personal", true))
                .json()
                .get("id")
                .asLong();

        Api emma = Api.as("emma.fischer");
        // by the address's words, by the tag, by the description
        JsonNode hits = Search.until(emma, word + "-portal", h -> h.size() == 1, indexed);
        assertThat(hits.get(0).get("type").asText()).isEqualTo("BOOKMARK");
        assertThat(hits.get(0).get("id").asLong()).isEqualTo(anna);
        assertThat(hits.get(0).get("handle").asText())
                .as("a hit leads to the page kept")
                .isEqualTo(address);
        assertThat(hits.get(0).get("title").asText()).isEqualTo("Reiseportal");
        assertThat(texts(hits.get(0).get("keywords"))).contains("Anna Schmidt", address);
        assertThat(Search.until(emma, "reisen-" + word, h -> h.size() == 1, indexed)
                        .get(0)
                        .get("id")
                        .asLong())
                .isEqualTo(anna);
        assertThat(emma.get("/api/search?type=BOOKMARK&q=Dienstreisen+" + word)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        // tom's private one: found by nobody, not even counted
        assertThat(Search.total(emma, "Privat " + word)).isZero();
        assertThat(Search.total(tom, "Privat " + word)).isZero();
        assertThat(hidden).isPositive();

        // made private, deleted: out of search
        Api.as("anna.schmidt").post("/api/bookmarks", Map.of("url", address, "title", "Reiseportal", "personal", true));
        Search.until(emma, word + "-portal", h -> h.size() == 0, indexed);
        Api.as("anna.schmidt").post("/api/bookmarks", Map.of("url", address, "title", "Reiseportal " + word));
        Search.until(emma, word + "-portal", h -> h.size() == 1, indexed);
        assertThat(Api.as("anna.schmidt").delete("/api/bookmarks/" + anna).status())
                .isEqualTo(204);
        Search.until(emma, word + "-portal", h -> h.size() == 0, indexed);
        assertThat(tom.delete("/api/bookmarks/" + hidden).status()).isEqualTo(204);
    }

    @Test
    void aBookmarkKeptIntoARestrictedCommunityIsForItsMembersOnlyEverywhere() {
        String word = "kreis" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api anna = Api.as("anna.schmidt");
        Api leon = Api.as("leon.kowalski");
        Api hannah = Api.as("hannah.garcia");
        long restricted = ActivityStreamIT.community(anna, "Lesekreis " + word, "RESTRICTED");
        ActivityStreamIT.join(anna, leon, restricted);
        long open = ActivityStreamIT.community(anna, "Leseecke " + word, "PUBLIC");
        String address = "https://intranet.example.com/" + word + "-plan";
        assertThat(hannah.put("/api/following/people/leon.kowalski", Map.of()).status())
                .isEqualTo(204);

        Map<String, Object> draft = new java.util.HashMap<>(Map.of(
                "url", address, "title", "Plan " + word, "tags", List.of("Plan " + word), "communityId", restricted));
        Api.Reply kept = leon.post("/api/bookmarks", draft);
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        long id = kept.json().get("id").asLong();
        long page = kept.json().get("pageId").asLong();
        assertThat(kept.json().get("communityId").asLong()).isEqualTo(restricted);

        // a member reads it in the community's list and in his stream, and finds it
        assertThat(ids(anna.get("/api/bookmarks?community=" + restricted).json().get("items")))
                .containsExactly(id);
        assertThat(anna.get("/api/stream?type=bookmarks&size=100").json().toString())
                .contains("Plan " + word);
        Search.until(anna, word + "-plan", h -> h.size() == 1, java.time.Duration.ofSeconds(20));

        // for anyone else nothing: not the list, not everyone's, the keeper's, the tag's, who else, search, stream
        assertThat(hannah.get("/api/bookmarks?community=" + restricted).status())
                .isEqualTo(404);
        assertThat(ids(hannah.get("/api/bookmarks?size=100").json().get("items")))
                .doesNotContain(id);
        assertThat(ids(hannah.get("/api/bookmarks?person=leon.kowalski&size=100")
                        .json()
                        .get("items")))
                .doesNotContain(id);
        assertThat(hannah.get("/api/bookmarks?tag=plan-" + word).json().get("items"))
                .isEmpty();
        assertThat(hannah.get("/api/bookmarks/" + id).status()).isEqualTo(404);
        assertThat(hannah.get("/api/bookmarks/pages/" + page + "/people").json())
                .isEmpty();
        assertThat(Search.total(hannah, word + "-plan")).isZero();
        assertThat(hannah.get("/api/stream?size=100").json().toString()).doesNotContain(word);
        assertThat(hannah.get("/api/bookmarks/tags").json().toString()).doesNotContain(word);

        // keeping into a community: its members only; never private as well
        Map<String, Object> outsider = new java.util.HashMap<>(draft);
        outsider.put("url", address + "/hannah");
        assertThat(hannah.post("/api/bookmarks", outsider).status()).isEqualTo(404);
        outsider.put("communityId", open);
        Api.Reply notMember = hannah.post("/api/bookmarks", outsider);
        assertThat(notMember.status()).isEqualTo(403);
        assertThat(notMember.json().get("code").asText()).isEqualTo("error.bookmark.membersOnly");
        Map<String, Object> secret = new java.util.HashMap<>(draft);
        secret.put("personal", true);
        assertThat(leon.post("/api/bookmarks", secret).status()).isEqualTo(400);

        // on the pages: the community's list for a member, the community named beside the bookmark
        PageSession annas = PageSession.signIn("anna.schmidt", Api.DEMO_PASSWORD);
        Document list =
                Jsoup.parse(annas.get("/bookmarks?community=" + restricted).body());
        assertThat(list.select("#bookmarksTitle").text()).isEqualTo("Bookmarks in Lesekreis " + word);
        assertThat(list.select("#bookmarkList .wr-list-title").text()).isEqualTo("Plan " + word);
        assertThat(list.select("#bookmarkList a[href$=/bookmarks?community=" + restricted + "]")
                        .text())
                .isEqualTo("Lesekreis " + word);

        assertThat(leon.delete("/api/bookmarks/" + id).status()).isEqualTo(204);
        assertThat(hannah.delete("/api/following/people/leon.kowalski").status())
                .isEqualTo(204);
    }

    @Test
    void theTagCloudCountsTheTagsOfBookmarksEveryoneReadsAndShowsThemOnThePage() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String shared = "wolke-" + word;
        String secret = "geheim-" + word;
        for (String login : List.of("anna.schmidt", "ben.carter", "tom.becker")) {
            Api.Reply kept = Api.as(login)
                    .post(
                            "/api/bookmarks",
                            Map.of(
                                    "url",
                                    "https://intranet.example.com/cloud/" + word + "/" + login,
                                    "title",
                                    "Wolke",
                                    "tags",
                                    List.of(shared)));
            assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        }
        Api.as("tom.becker")
                .post(
                        "/api/bookmarks",
                        Map.of(
                                "url",
                                "https://intranet.example.com/cloud/" + word + "/private",
                                "title",
                                "Geheim",
                                "personal",
                                true,
                                "tags",
                                List.of(secret)));

        JsonNode cloud = Api.as("emma.fischer").get("/api/bookmarks/tags").json();
        List<String> tags = texts(cloud, "tag");
        assertThat(tags).contains(shared).doesNotContain(secret);
        assertThat(tags).as("alphabetical").isSorted();
        cloud.forEach(tag -> {
            assertThat(tag.get("weight").asInt()).isBetween(1, 5);
            if (tag.get("tag").asText().equals(shared)) {
                assertThat(tag.get("bookmarks").asLong()).isEqualTo(3);
            }
        });

        PageSession emma = PageSession.signIn("emma.fischer", Api.DEMO_PASSWORD);
        Document page = Jsoup.parse(emma.get("/bookmarks").body());
        assertThat(page.select("#tagCloud a[href$=/bookmarks?tag=" + shared + "]")
                        .text())
                .isEqualTo(shared + " (3 bookmarks)");
        assertThat(page.select("#tagCloud").text()).doesNotContain(secret);
    }

    @Test
    void importsEveryBookmarkFileOfTheTestDataReportsWhatLeadsNowhereAndExportsWhatIsKept() throws IOException {
        // the links of each file that lead somewhere and those that do not, counted in the files by hand
        Map<String, int[]> files = Map.ofEntries(
                Map.entry("shaarli-nbp_chromium_flat.html", new int[] {9, 0}),
                Map.entry("shaarli-nbp_chromium_nested.html", new int[] {18, 0}),
                Map.entry("shaarli-nbp_delicious.html", new int[] {5, 0}),
                Map.entry("shaarli-nbp_delicious_sanitize.html", new int[] {2, 0}),
                Map.entry("shaarli-nbp_firefox_flat.html", new int[] {21, 3}),
                Map.entry("shaarli-nbp_firefox_nested.html", new int[] {21, 3}),
                Map.entry("shaarli-nbp_google_bookmarks_nested.html", new int[] {6, 0}),
                Map.entry("shaarli-nbp_internet_explorer_11_flat.html", new int[] {18, 0}),
                Map.entry("shaarli-nbp_internet_explorer_11_nested.html", new int[] {27, 0}),
                Map.entry("shaarli-nbp_netscape_basic.html", new int[] {2, 0}),
                Map.entry("shaarli-nbp_netscape_extended.html", new int[] {2, 0}),
                Map.entry("shaarli-nbp_netscape_multiline.html", new int[] {3, 0}),
                Map.entry("shaarli-nbp_netscape_nested.html", new int[] {8, 0}),
                Map.entry("shaarli-nbp_safari_folded.html", new int[] {3, 0}),
                Map.entry("shaarli-nbp_scuttle.html", new int[] {4, 0}),
                Map.entry("shaarli-nbp_scuttle_new_line.html", new int[] {1, 0}),
                Map.entry("shaarli-nbp_shaarli.html", new int[] {5, 1}),
                Map.entry("shaarli-nbp_shaarli_legacy.html", new int[] {2, 0}),
                Map.entry("shaarli-nbp_shaarli_markdown.html", new int[] {0, 3}),
                Map.entry("shaarli-nbp_shaarli_with_tabs_and_spaces.html", new int[] {0, 1}),
                Map.entry("shaarli-nbp_shaarli_with_whitespace_tags.html", new int[] {0, 1}));
        try (var listed = Files.list(BOOKMARK_FILES)) {
            assertThat(listed.filter(f -> f.toString().endsWith(".html"))
                            .map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(files.keySet());
        }
        Api clara = Api.as("clara.costa");
        int imported = 0;
        for (String file : files.keySet().stream().sorted().toList()) {
            Api.Reply reply =
                    clara.post("/api/bookmarks/import", "text/html", Files.readString(BOOKMARK_FILES.resolve(file)));
            assertThat(reply.status()).as(file + ": " + reply.body()).isEqualTo(200);
            JsonNode report = reply.json();
            assertThat(report.get("imported").asInt() + report.get("skipped").asInt())
                    .as(file)
                    .isEqualTo(files.get(file)[0]);
            assertThat(report.get("problems")).as(file).hasSize(files.get(file)[1]);
            imported += report.get("imported").asInt();
        }
        // 157 links, 103 different href texts (grep, fragments cut, sort -u), one of them twice: written with &amp;
        // in one file and with & in another (the deviantart link), 102 pages: each kept once
        assertThat(imported).isEqualTo(102);
        JsonNode again = clara.post(
                        "/api/bookmarks/import",
                        "text/html",
                        Files.readString(BOOKMARK_FILES.resolve("shaarli-nbp_netscape_nested.html")))
                .json();
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(8);
        JsonNode firefox = clara.post(
                        "/api/bookmarks/import",
                        "text/html",
                        Files.readString(BOOKMARK_FILES.resolve("shaarli-nbp_firefox_flat.html")))
                .json();
        assertThat(texts(firefox.get("problems"), "title"))
                .containsExactly("Recently saved", "Recent tags", "Most visited");

        // a hostile title stays text in the exported file
        clara.post(
                "/api/bookmarks",
                Map.of(
                        "url",
                        "https://example.com/" + UUID.randomUUID(),
                        "title",
                        "<script>alert('Lesezeichen')</script>",
                        "description",
                        "\"quoted\" & <b>bold</b>"));
        Api.Reply nul = clara.post(
                "/api/bookmarks",
                Map.of(
                        "url",
                        "https://example.com/" + UUID.randomUUID(),
                        "title",
                        "Null\u0000Byte",
                        "tags",
                        List.of("a\u0000b")));
        assertThat(nul.status()).as(nul.body()).isEqualTo(201);
        assertThat(nul.json().get("title").asText()).isEqualTo("Null Byte");
        assertThat(texts(nul.json().get("tags"))).containsExactly("a-b");
        Api.Reply exported = clara.get("/api/bookmarks/export", Map.of("Accept", "text/html"));
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"bookmarks.html\"");
        assertThat(exported.body())
                .startsWith("<!DOCTYPE NETSCAPE-Bookmark-file-1>")
                .doesNotContain("<script>");
        Document file = Jsoup.parse(exported.body());
        assertThat(file.select("a")).hasSize(imported + 2);
        assertThat(file.select("a").get(1).text()).isEqualTo("<script>alert('Lesezeichen')</script>");

        // and back in, as someone else: every link read, nothing reported
        JsonNode roundTrip = Api.as("lena.vogel")
                .post("/api/bookmarks/import", "text/html", exported.body())
                .json();
        assertThat(roundTrip.get("imported").asInt() + roundTrip.get("skipped").asInt())
                .isEqualTo(imported + 2);
        assertThat(roundTrip.get("problems")).isEmpty();
        assertThat(Api.as("lena.vogel")
                        .post("/api/bookmarks/import", "text/html", "   ")
                        .status())
                .isEqualTo(400);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.get(field).asText()));
        return texts;
    }

    private static List<String> logins(JsonNode keepers) {
        return texts(keepers, "login");
    }

    private static Set<Long> ids(JsonNode bookmarks) {
        Set<Long> ids = new java.util.HashSet<>();
        bookmarks.forEach(b -> ids.add(b.get("id").asLong()));
        return ids;
    }
}
