package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Following and the home stream through the API: what the followed people, communities and tags do comes in, newest
 * first, a page at a time, narrowed by kind; only what the reader may read (a restricted community's posts for its
 * members, a private bookmark for nobody else); deleted and private things go out again; unfollowing stops it.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityStreamIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void whatAFollowedPersonDoesComesInOnlyWhatTheReaderMayRead() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Api clara = Api.as("clara.costa");
        Api jonas = Api.as("jonas.meyer");
        Api anna = Api.as("anna.schmidt");

        assertThat(clara.put("/api/following/people/jonas.meyer", Map.of()).status())
                .isEqualTo(204);
        assertThat(clara.put("/api/following/people/jonas.meyer", Map.of()).status())
                .as("following again changes nothing")
                .isEqualTo(204);
        assertThat(logins(clara.get("/api/following").json().get("people"))).contains("jonas.meyer");

        long open = publish(jonas, "Offener Beitrag " + word, "Für alle lesbar: <script>alert(1)</script>", null);
        long comment = jonas.post("/api/posts/" + open + "/comments", Map.of("markdown", "Nachtrag " + word))
                .json()
                .get("id")
                .asLong();
        long restricted = community(anna, "Streamkammer " + word, "RESTRICTED");
        join(anna, jonas, restricted);
        long secret = publish(jonas, "Geheimer Beitrag " + word, "Nur für die Kammer", restricted);

        JsonNode claras = clara.get("/api/stream?size=100").json();
        JsonNode post = item(claras, "POST", open);
        assertThat(post).as(claras.toString()).isNotNull();
        assertThat(post.get("actorLogin").asText()).isEqualTo("jonas.meyer");
        assertThat(post.get("actorName").asText()).isEqualTo("Jonas Meyer");
        assertThat(post.get("title").asText()).isEqualTo("Offener Beitrag " + word);
        assertThat(post.get("excerpt").asText()).isEqualTo("Für alle lesbar: <script>alert(1)</script>");
        JsonNode commented = item(claras, "POST_COMMENT", comment);
        assertThat(commented).isNotNull();
        assertThat(commented.get("parentId").asLong()).isEqualTo(open);
        assertThat(commented.get("excerpt").asText()).isEqualTo("Nachtrag " + word);
        assertThat(claras.toString())
                .as("a restricted community's post is not even counted for others")
                .doesNotContain("Geheimer Beitrag " + word)
                .doesNotContain("Streamkammer " + word);
        assertThat(ids(claras, "POST")).containsSubsequence(open).doesNotContain(secret);
        assertThat(ids(claras, null)).as("newest first").isSortedAccordingTo((a, b) -> Long.compare(b, a));

        JsonNode annas = anna.get("/api/stream?size=100").json();
        assertThat(item(annas, "POST", secret))
                .as("the community's owner follows it and reads it")
                .isNotNull();
        assertThat(item(annas, "NEW_MEMBER", restricted).get("actorLogin").asText())
                .isEqualTo("jonas.meyer");

        // narrowed by kind; a kind that does not exist is a clear error
        JsonNode comments = clara.get("/api/stream?type=comments&size=100").json();
        assertThat(kinds(comments)).isSubsetOf("POST_COMMENT", "IDEA_COMMENT");
        assertThat(item(comments, "POST_COMMENT", comment)).isNotNull();
        Api.Reply bogus = clara.get("/api/stream?type=gossip");
        assertThat(bogus.status()).isEqualTo(400);
        assertThat(bogus.body()).contains("posts, comments");
        assertThat(clara.get("/api/stream?size=0").status()).isEqualTo(400);
        Api.Reply notANumber = clara.get("/api/stream?before=abc");
        assertThat(notANumber.status())
                .as("a page that cannot be is a bad request")
                .isEqualTo(400);
        assertThat(notANumber.body()).contains("is the number");
        // the home page says so too, and shows every kind instead
        String home = PageSession.signIn("clara.costa", Api.DEMO_PASSWORD)
                .get("/?type=gossip")
                .body();
        assertThat(home)
                .contains("The stream shows posts, comments, wiki pages, bookmarks, ideas or new members.")
                .contains("id=\"streamAll\"");
        assertThat(home).containsPattern("id=\"streamAll\"[^>]*aria-current=\"page\"");

        // bookmarks: a public one comes in with its address, a private one never; made private, it goes out
        String address = "https://intranet.example.com/stream-" + word;
        long kept = jonas.post(
                        "/api/bookmarks",
                        Map.of("url", address, "title", "Lesezeichen " + word, "tags", List.of("Reise")))
                .json()
                .get("id")
                .asLong();
        long hidden = jonas.post(
                        "/api/bookmarks",
                        Map.of("url", address + "/privat", "title", "Privat " + word, "personal", true))
                .json()
                .get("id")
                .asLong();
        JsonNode bookmarks = clara.get("/api/stream?type=bookmarks&size=100").json();
        assertThat(item(bookmarks, "BOOKMARK", kept).get("address").asText()).isEqualTo(address);
        assertThat(item(bookmarks, "BOOKMARK", hidden)).isNull();
        assertThat(bookmarks.toString()).doesNotContain("Privat " + word);
        jonas.post("/api/bookmarks", Map.of("url", address, "title", "Lesezeichen " + word, "personal", true));
        assertThat(item(clara.get("/api/stream?type=bookmarks&size=100").json(), "BOOKMARK", kept))
                .as("made private: out of the stream")
                .isNull();
        // deleted: out of the stream too (and out of the way of the journeys that start from an empty list)
        assertThat(jonas.delete("/api/bookmarks/" + kept).status()).isEqualTo(204);
        assertThat(jonas.delete("/api/bookmarks/" + hidden).status()).isEqualTo(204);

        // a deleted post goes out with its comments
        assertThat(jonas.delete("/api/posts/" + open).status()).isEqualTo(204);
        JsonNode afterDelete = clara.get("/api/stream?size=100").json();
        assertThat(item(afterDelete, "POST", open)).isNull();
        assertThat(item(afterDelete, "POST_COMMENT", comment)).isNull();

        // unfollowed: what he does next stays out
        assertThat(clara.delete("/api/following/people/jonas.meyer").status()).isEqualTo(204);
        long later = publish(jonas, "Später " + word, "Nach dem Entfolgen", null);
        assertThat(item(clara.get("/api/stream?size=100").json(), "POST", later))
                .isNull();
        assertThat(logins(clara.get("/api/following").json().get("people"))).doesNotContain("jonas.meyer");

        // one does not follow oneself, nor what one may not see
        assertThat(clara.put("/api/following/people/clara.costa", Map.of()).status())
                .isEqualTo(400);
        assertThat(clara.put("/api/following/people/nobody-" + word, Map.of()).status())
                .isEqualTo(404);
        Api.Reply closed = clara.put("/api/following/communities/" + restricted, Map.of());
        assertThat(closed.status()).isEqualTo(404);
        assertThat(closed.body()).doesNotContain("Streamkammer");
    }

    @Test
    void followedTagsAndCommunitiesBringTheirActivityAPageAtATime() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String tag = "strom-" + word;
        Api emma = Api.as("emma.fischer");
        Api tom = Api.as("tom.becker");
        Api sofia = Api.as("sofia.rossi");
        Api lena = Api.as("lena.vogel");

        assertThat(emma.put("/api/following/tags/" + tag.toUpperCase(), Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(emma.get("/api/following").json().get("tags").toString())
                .as("as tags are spelled")
                .contains("\"" + tag + "\"");
        List<Long> posts = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            posts.add(publish(tom, "Strom " + i + " " + word, "Teil " + i, null, tag));
        }
        // newest first, ten at a time, each page below the one before
        List<Long> seen = new ArrayList<>();
        Long before = null;
        for (int pageNumber = 0; pageNumber < 3; pageNumber++) {
            JsonNode page = emma.get("/api/stream?type=posts&size=10" + (before == null ? "" : "&before=" + before))
                    .json();
            seen.addAll(ids(page, "POST"));
            before = page.hasNonNull("older") ? page.get("older").asLong() : null;
        }
        List<Long> newestFirst = new ArrayList<>(posts);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen.subList(0, 23)).isEqualTo(newestFirst);
        assertThat(emma.get("/api/stream?type=posts&size=10")
                        .json()
                        .get("older")
                        .asLong())
                .as("the first page ends with the tenth newest")
                .isEqualTo(activityOf(emma, "POST", newestFirst.get(9)));

        // a public community followed: its new members, wiki edits and ideas come in
        long community = community(sofia, "Stromnetz " + word, "PUBLIC");
        assertThat(emma.put("/api/following/communities/" + community, Map.of()).status())
                .isEqualTo(204);
        assertThat(lena.post("/api/communities/" + community + "/join", "").status())
                .isEqualTo(200);
        long wiki =
                sofia.get("/api/wikis?community=" + community).json().get("id").asLong();
        long page = sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "Netzplan " + word, "markdown", "Erst"))
                .json()
                .get("pageId")
                .asLong();
        save(sofia, page, 1, "Zweit", false);
        save(sofia, page, 2, "Dritt", true);
        long board = sofia.post(
                        "/api/boards", Map.of("communityId", community, "question", "Wohin? " + word, "voteLimit", 2))
                .json()
                .get("id")
                .asLong();
        long idea = sofia.post(
                        "/api/boards/" + board + "/ideas",
                        Map.of("title", "Idee " + word, "markdown", "Mehr *Strom*", "tags", List.of("netz")))
                .json()
                .get("id")
                .asLong();

        JsonNode stream = emma.get("/api/stream?size=100").json();
        JsonNode member = item(stream, "NEW_MEMBER", community);
        assertThat(member.get("actorLogin").asText()).isEqualTo("lena.vogel");
        assertThat(member.get("communityName").asText()).isEqualTo("Stromnetz " + word);
        assertThat(ids(stream, "WIKI_EDIT").stream().filter(id -> id == page))
                .as("saves of one page by one person within the hour are one line; a minor save is none")
                .hasSize(1);
        assertThat(item(stream, "WIKI_EDIT", page).get("excerpt").asText()).isEqualTo("Zweit");
        assertThat(item(stream, "IDEA", idea).get("excerpt").asText()).isEqualTo("Mehr Strom");
        assertThat(emma.get("/api/stream?type=wikis&size=100")
                        .json()
                        .get("items")
                        .findValuesAsText("kind"))
                .containsOnly("WIKI_EDIT");

        // unfollowed, the community's next news stays out; the page moved to the trash goes out
        assertThat(emma.delete("/api/following/communities/" + community).status())
                .isEqualTo(204);
        assertThat(Api.as("ben.carter")
                        .post("/api/communities/" + community + "/join", "")
                        .status())
                .isEqualTo(200);
        assertThat(joined(emma, community)).as("no longer followed").isEmpty();
        assertThat(joined(sofia, community)).as("its owner follows it").containsExactly("ben.carter", "lena.vogel");
        assertThat(sofia.delete("/api/wiki-pages/" + page).status()).isEqualTo(204);
        assertThat(item(sofia.get("/api/stream?type=wikis&size=100").json(), "WIKI_EDIT", page))
                .isNull();
    }

    /**
     * The page is the newest of everything followed however it is spread: many new things by one person and older ones
     * by others (two by one of them), read a few at a time, give the same lines in the same order as one long page.
     */
    @Test
    void smallPagesOneAfterAnotherAreTheLongPage() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Api reader = Api.as("noah.novak");
        for (String login : List.of("anna.kruger", "ben.klein", "julia.de.vries")) {
            assertThat(reader.put("/api/following/people/" + login, Map.of()).status())
                    .isEqualTo(204);
        }
        publish(Api.as("anna.kruger"), "Ältester " + word, "Am ältesten.", null);
        long anna = publish(Api.as("anna.kruger"), "Erster " + word, "Älter.", null);
        long ben = publish(Api.as("ben.klein"), "Zweiter " + word, "Auch älter.", null);
        Api julia = Api.as("julia.de.vries");
        List<Long> julias = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            julias.add(publish(julia, "Neu " + n + " " + word, "Neu.", null));
        }

        JsonNode first = reader.get("/api/stream?size=3").json();
        assertThat(ids(first, "POST"))
                .as("her three newest")
                .containsExactly(julias.get(3), julias.get(2), julias.get(1));
        JsonNode second = reader.get(
                        "/api/stream?size=3&before=" + first.get("older").asLong())
                .json();
        assertThat(ids(second, "POST"))
                .as("then her first, and the one each of the others wrote before")
                .containsExactly(julias.get(0), ben, anna);

        // read 4 at a time to the end (at most 100), and at once
        List<Long> paged = new ArrayList<>();
        Long before = null;
        do {
            JsonNode items = reader.get("/api/stream?size=4" + (before == null ? "" : "&before=" + before))
                    .json();
            items.get("items").forEach(item -> paged.add(item.get("id").asLong()));
            before = items.hasNonNull("older") ? items.get("older").asLong() : null;
        } while (before != null && paged.size() < 100);
        List<Long> onePage = new ArrayList<>();
        reader.get("/api/stream?size=100")
                .json()
                .get("items")
                .forEach(item -> onePage.add(item.get("id").asLong()));
        assertThat(paged.subList(0, Math.min(paged.size(), 100)))
                .as("nothing skipped, nothing twice")
                .hasSizeGreaterThanOrEqualTo(7)
                .isEqualTo(onePage);
    }

    @Test
    void theFollowButtonsFormCountsOnlyFromWerkraumsOwnPages() {
        PageSession lea = PageSession.signIn("lea.krause", Api.DEMO_PASSWORD);
        String back = "/werkraum/people/max.sato";
        // what a form on another site makes her signed-in browser send: refused, nothing followed
        java.net.http.HttpResponse<String> forged = lea.send(
                "POST",
                "/follow",
                "application/x-www-form-urlencoded",
                "kind=person&target=max.sato&follow=true&back=" + back);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(logins(Api.as("lea.krause").get("/api/following").json().get("people")))
                .doesNotContain("max.sato");

        java.net.http.HttpResponse<String> followed = lea.postPlain(
                "/follow", Map.of("kind", "person", "target", "max.sato", "follow", "true", "back", back));
        assertThat(followed.statusCode()).isEqualTo(302);
        assertThat(followed.headers().firstValue("Location").orElseThrow()).endsWith(back);
        assertThat(lea.get("/people/max.sato").body())
                .contains("You follow Max Sato now")
                .contains("aria-pressed=\"true\"")
                .as("the page only shows: no Faces form, no view state kept")
                .doesNotContain("jakarta.faces.ViewState");
        assertThat(logins(Api.as("lea.krause").get("/api/following").json().get("people")))
                .contains("max.sato");
        assertThat(lea.postPlain(
                                "/follow",
                                Map.of("kind", "person", "target", "nobody-at-all", "follow", "true", "back", back))
                        .statusCode())
                .isEqualTo(404);
        assertThat(lea.postPlain("/follow", Map.of("kind", "person", "target", "max.sato", "follow", "false"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(logins(Api.as("lea.krause").get("/api/following").json().get("people")))
                .doesNotContain("max.sato");
    }

    private static void save(Api author, long page, int base, String markdown, boolean minor) {
        save(author, page, base, markdown, minor, "");
    }

    /** Saves a wiki page's next revision through the API, from revision {@code base}, with a comment. */
    static void save(Api author, long page, int base, String markdown, boolean minor, String comment) {
        Api.Reply saved = author.put(
                "/api/wiki-pages/" + page,
                Map.of(
                        "baseRevision",
                        base,
                        "title",
                        author.get("/api/wiki-pages/" + page)
                                .json()
                                .get("title")
                                .asText(),
                        "markdown",
                        markdown,
                        "comment",
                        comment,
                        "minor",
                        minor));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    /** Who joined a community, newest first, as a reader's stream tells it. */
    private static List<String> joined(Api reader, long community) {
        List<String> joined = new ArrayList<>();
        reader.get("/api/stream?type=members&size=100").json().get("items").forEach(item -> {
            if (item.get("subjectId").asLong() == community) {
                joined.add(item.get("actorLogin").asText());
            }
        });
        return joined;
    }

    private static long activityOf(Api reader, String kind, long subject) {
        return item(reader.get("/api/stream?size=100").json(), kind, subject)
                .get("id")
                .asLong();
    }

    private static JsonNode item(JsonNode page, String kind, long subjectId) {
        for (JsonNode item : page.get("items")) {
            if (item.get("kind").asText().equals(kind) && item.get("subjectId").asLong() == subjectId) {
                return item;
            }
        }
        return null;
    }

    private static List<Long> ids(JsonNode page, String kind) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> {
            if (kind == null) {
                ids.add(item.get("id").asLong());
            } else if (item.get("kind").asText().equals(kind)) {
                ids.add(item.get("subjectId").asLong());
            }
        });
        return ids;
    }

    private static List<String> kinds(JsonNode page) {
        return page.get("items").findValuesAsText("kind");
    }

    private static List<String> logins(JsonNode people) {
        return people.findValuesAsText("login");
    }

    /** A post written and published, in a community's blog or (community null) the author's own. */
    static long publish(Api author, String title, String markdown, Long community, String... tags) {
        Map<String, Object> post = new HashMap<>();
        post.put("title", title);
        post.put("markdown", markdown);
        post.put("tags", List.of(tags));
        if (community != null) {
            post.put("communityId", community);
        }
        Api.Reply written = author.post("/api/posts", post);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long id = written.json().get("id").asLong();
        assertThat(author.post("/api/posts/" + id + "/publish", Map.of()).status())
                .isEqualTo(200);
        return id;
    }

    static long community(Api owner, String name, String type) {
        Api.Reply created = owner.post(
                "/api/communities", Map.of("name", name, "description", "Zum Stream", "type", type, "tags", List.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static void join(Api owner, Api invited, long community) {
        long id = invited.get("/api/people/me").json().get("id").asLong();
        assertThat(owner.post("/api/communities/" + community + "/invitations", Map.of("personId", id))
                        .status())
                .isEqualTo(204);
        assertThat(invited.post("/api/communities/" + community + "/invitation/accept", Map.of())
                        .status())
                .isEqualTo(200);
    }
}
