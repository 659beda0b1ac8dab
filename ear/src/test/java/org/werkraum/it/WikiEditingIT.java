package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saving wiki pages through the API: every save a numbered revision; a save that started from an older revision is
 * merged with edits of other lines saved meanwhile, and refused with the writer's text where both changed the same
 * lines; 200 saves of 20 people at once lose nothing.
 */
@ExtendWith(ArquillianExtension.class)
class WikiEditingIT {

    private static final String RULES = """
            # Urlaubsregeln

            Anträge bis zum 15. Januar.

            Vertretung klären.

            Resturlaub verfällt im März.
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void savesBecomeRevisionsAndEditsOfOtherLinesMerge() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia, "Handbuch " + UUID.randomUUID(), true);
        assertThat(sofia.put("/api/wikis/" + wiki + "/people/tom.becker", Map.of("role", "EDITOR"))
                        .status())
                .isEqualTo(204);
        Api.Reply created =
                sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "Urlaubsregeln", "markdown", RULES));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long page = created.json().get("pageId").asLong();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/wiki-pages/" + page);
        assertThat(created.json().get("revision").asInt()).isEqualTo(1);

        // both start from revision 1; Tom saves first, Sofia's edit of another line is merged with his
        JsonNode tom = Api.as("tom.becker")
                .put("/api/wiki-pages/" + page, edit(1, "Urlaubsregeln", RULES.replace("15. Januar", "31. Januar")))
                .json();
        assertThat(tom.get("revision").asInt()).isEqualTo(2);
        assertThat(tom.get("merged").asBoolean()).isFalse();
        Api.Reply merged =
                sofia.put("/api/wiki-pages/" + page, edit(1, "Urlaubsregeln", RULES.replace("im März", "am 31. März")));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("revision").asInt()).isEqualTo(3);
        assertThat(merged.json().get("merged").asBoolean()).isTrue();

        JsonNode current = Api.as("clara.costa").get("/api/wiki-pages/" + page).json();
        assertThat(current.get("revision").asInt()).isEqualTo(3);
        assertThat(current.get("markdown").asText()).isEqualTo("""
                        # Urlaubsregeln

                        Anträge bis zum 31. Januar.

                        Vertretung klären.

                        Resturlaub verfällt am 31. März.
                        """);
        assertThat(current.get("html").asText()).startsWith("<h1>Urlaubsregeln</h1>");
        assertThat(current.get("authorLogin").asText()).isEqualTo("sofia.rossi");
        assertThat(current.get("canEdit").asBoolean())
                .as("Clara reads the wiki, open to all, but writes in it only when named")
                .isFalse();
        assertThat(Api.as("clara.costa")
                        .put("/api/wiki-pages/" + page, edit(3, "Urlaubsregeln", "Weg damit."))
                        .status())
                .isEqualTo(403);

        JsonNode history = sofia.get("/api/wiki-pages/" + page + "/revisions").json();
        assertThat(history.get("total").asLong()).isEqualTo(3);
        List<String> authors = new ArrayList<>();
        history.get("items")
                .forEach(r -> authors.add(
                        r.get("number").asInt() + " " + r.get("authorLogin").asText()));
        assertThat(authors).containsExactly("3 sofia.rossi", "2 tom.becker", "1 sofia.rossi");
    }

    @Test
    void editsOfTheSameLinesAreRefusedWithTheWritersTextAndNothingIsSaved() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia, "Handbuch " + UUID.randomUUID(), true);
        long page = sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "Urlaubsregeln", "markdown", RULES))
                .json()
                .get("pageId")
                .asLong();
        sofia.put("/api/wiki-pages/" + page, edit(1, "Urlaubsregeln", RULES.replace("15. Januar", "31. Januar")));

        String mine = RULES.replace("15. Januar", "1. Februar");
        Api.Reply conflict = sofia.put("/api/wiki-pages/" + page, edit(1, "Urlaubsregeln", mine));

        assertThat(conflict.status()).as(conflict.body()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        JsonNode problem = conflict.json();
        assertThat(problem.get("code").asText()).isEqualTo("error.page.editConflict");
        assertThat(problem.get("yourText").asText()).isEqualTo(mine);
        assertThat(problem.get("currentRevision").asInt()).isEqualTo(2);
        assertThat(problem.get("currentText").asText()).isEqualTo(RULES.replace("15. Januar", "31. Januar"));
        assertThat(problem.get("merged").asText()).contains("""
                        <<<<<<< yours
                        Anträge bis zum 1. Februar.
                        =======
                        Anträge bis zum 31. Januar.
                        >>>>>>> saved meanwhile
                        """);
        assertThat(sofia.get("/api/wiki-pages/" + page + "/revisions")
                        .json()
                        .get("total")
                        .asLong())
                .as("nothing saved")
                .isEqualTo(2);

        // the differences as the API gives them, and a revision of another page's number is not this page's
        JsonNode diff =
                sofia.get("/api/wiki-pages/" + page + "/diff?from=1&to=2").json();
        assertThat(diff.get("rows").get(2).get("change").asText()).isEqualTo("CHANGE");
        assertThat(diff.get("rows").get(2).get("after").get(1).get("text").asText())
                .isEqualTo("31");
        assertThat(diff.get("rows").get(2).get("after").get(1).get("changed").asBoolean())
                .isTrue();
        assertThat(code(sofia.get("/api/wiki-pages/" + page + "/revisions/9"))).isEqualTo("404 error.notFound");
        assertThat(code(sofia.post("/api/wiki-pages/" + page + "/revisions/9/revert", Map.of())))
                .isEqualTo("404 error.notFound");

        // resolved on top of the current revision, it is saved
        assertThat(sofia.put("/api/wiki-pages/" + page, edit(2, "Urlaubsregeln", mine))
                        .json()
                        .get("revision")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void badInputGetsAClearAnswerAndClosedWikisAreNotFound() {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia, "Vertraulich " + UUID.randomUUID(), false);
        long page = sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "Gehälter", "markdown", "geheim"))
                .json()
                .get("pageId")
                .asLong();

        assertThat(code(sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "  ", "markdown", "x"))))
                .isEqualTo("400 error.page.titleMissing");
        assertThat(code(sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "gehälter", "markdown", "x"))))
                .as("a sibling's title, whatever the case")
                .isEqualTo("409 error.page.titleTaken");
        assertThat(code(sofia.put("/api/wiki-pages/" + page, edit(1, "Gehälter", "x".repeat(500_001)))))
                .isEqualTo("413 error.page.textTooLong");
        assertThat(code(sofia.put("/api/wiki-pages/" + page, edit(7, "Gehälter", "x"))))
                .isEqualTo("400 error.page.unknownRevision");
        assertThat(code(sofia.post("/api/wikis", Map.of("name", "", "openToAll", true))))
                .isEqualTo("400 error.wiki.nameMissing");
        assertThat(code(sofia.put("/api/wikis/" + wiki + "/people/sofia.rossi", Map.of("role", "READER"))))
                .isEqualTo("409 error.wiki.lastOwner");
        assertThat(sofia.get("/api/wiki-pages/" + page + "/revisions")
                        .json()
                        .get("total")
                        .asLong())
                .as("nothing half-saved")
                .isEqualTo(1);

        Api tom = Api.as("tom.becker");
        assertThat(code(tom.get("/api/wikis/" + wiki))).isEqualTo("404 error.notFound");
        assertThat(code(tom.get("/api/wiki-pages/" + page))).isEqualTo("404 error.notFound");
        assertThat(code(tom.put("/api/wiki-pages/" + page, edit(1, "Gehälter", "offen"))))
                .as("a closed wiki's page does not exist for him, to write neither")
                .isEqualTo("404 error.notFound");
        sofia.put("/api/wikis/" + wiki + "/people/tom.becker", Map.of("role", "READER"));
        assertThat(tom.get("/api/wiki-pages/" + page).json().get("markdown").asText())
                .isEqualTo("geheim");
    }

    /**
     * 20 people save one page 10 times each, all at once, each from the revision he last read. Two people share each
     * line: a save either lands in a revision that holds its line, or is answered 409 with its text. None is lost.
     */
    @Test
    void twoHundredSavesAtOnceLoseNothing() throws Exception {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia, "Gleichzeitig " + UUID.randomUUID(), true);
        List<String> logins = List.of(
                "anna.schmidt",
                "ben.carter",
                "claudia.weber",
                "david.okafor",
                "elif.yilmaz",
                "felix.wagner",
                "greta.hoffmann",
                "henry.walsh",
                "sofia.rossi",
                "ivan.petrov",
                "jonas.meyer",
                "lena.vogel",
                "mia.schulz",
                "noah.braun",
                "olivia.king",
                "paul.neumann",
                "quinn.fischer",
                "emma.fischer",
                "tom.becker",
                "lukas.kohler");
        StringBuilder text = new StringBuilder("# Gleichzeitig\n");
        for (int line = 0; line < 10; line++) {
            text.append("line ")
                    .append(line)
                    .append(": start\n")
                    .append("--- ")
                    .append(line)
                    .append(" ---\n");
        }
        long page = sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "Seite", "markdown", text.toString()))
                .json()
                .get("pageId")
                .asLong();
        // tokens: a password is checked slowly on purpose, a token is not
        List<Api> writers = new ArrayList<>();
        for (String login : logins) {
            if (!login.equals("sofia.rossi")) {
                sofia.put("/api/wikis/" + wiki + "/people/" + login, Map.of("role", "EDITOR"));
            }
            writers.add(Api.bearer(Api.as(login)
                    .post("/api/people/me/tokens", Map.of("name", "wiki test", "expiresInDays", 1))
                    .json()
                    .get("secret")
                    .asText()));
        }

        record Outcome(String line, int status, int revision, String yourText, String sent) {}
        ExecutorService pool = Executors.newFixedThreadPool(logins.size());
        List<Future<List<Outcome>>> runs = new ArrayList<>();
        for (int w = 0; w < writers.size(); w++) {
            Api writer = writers.get(w);
            int line = w / 2;
            String who = logins.get(w);
            runs.add(pool.submit(() -> {
                List<Outcome> outcomes = new ArrayList<>();
                for (int save = 0; save < 10; save++) {
                    JsonNode read = writer.get("/api/wiki-pages/" + page).json();
                    String mine = "line " + line + ": " + who + " save " + save;
                    String edited = read.get("markdown").asText().replaceAll("(?m)^line " + line + ": .*$", mine);
                    Api.Reply reply = writer.put(
                            "/api/wiki-pages/" + page, edit(read.get("revision").asInt(), "Seite", edited));
                    outcomes.add(new Outcome(
                            mine,
                            reply.status(),
                            reply.status() == 200 ? reply.json().get("revision").asInt() : 0,
                            reply.status() == 409 ? reply.json().get("yourText").asText() : null,
                            edited));
                }
                return outcomes;
            }));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<List<Outcome>> run : runs) {
            outcomes.addAll(run.get());
        }
        pool.shutdown();

        assertThat(outcomes).hasSize(200);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isIn(200, 409));
        Map<Integer, Outcome> landed = new HashMap<>();
        int conflicts = 0;
        for (Outcome o : outcomes) {
            if (o.status() == 200) {
                assertThat(landed.put(o.revision(), o))
                        .as("one save per revision")
                        .isNull();
                assertThat(revisionText(page, o.revision()))
                        .as("revision " + o.revision())
                        .contains(o.line());
            } else {
                assertThat(o.yourText()).as("a refused save gets its text back").isEqualTo(o.sent());
                conflicts++;
            }
        }
        assertThat(landed.size() + conflicts).isEqualTo(200);
        assertThat(landed.keySet())
                .as("revisions 2, 3, … without a gap")
                .allSatisfy(r -> assertThat(r).isBetween(2, landed.size() + 1));
        assertThat(Database.queryLong("select count(*) from page_revision where page_id = " + page))
                .isEqualTo(landed.size() + 1);
    }

    private static long wiki(Api owner, String name, boolean openToAll) {
        Api.Reply created = owner.post("/api/wikis", Map.of("name", name, "openToAll", openToAll));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> edit(int base, String title, String markdown) {
        return Map.of("baseRevision", base, "title", title, "markdown", markdown);
    }

    private static String code(Api.Reply reply) {
        return reply.status() + " " + reply.json().get("code").asText();
    }

    private static String revisionText(long page, int number) {
        return Database.queryString(
                "select markdown from page_revision where page_id = " + page + " and number = " + number);
    }
}
