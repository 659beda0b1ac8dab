package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wiki pages in search, through the outbox: the current revision is found by those who read the wiki, and nobody
 * else finds it or its count: a closed wiki's pages by the people named in it (naming someone needs no reindex), a
 * restricted community's wiki by its members.
 */
@ExtendWith(ArquillianExtension.class)
class WikiSearchIT {

    private static final Duration INDEXED = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void theCurrentRevisionIsFoundByThoseWhoReadTheWiki() {
        String word = "wikiwort" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api sofia = Api.as("sofia.rossi");
        Api tom = Api.as("tom.becker");
        long open = wiki(sofia, "Offen " + word, true);
        String old = word + "alt";
        long page = page(sofia, open, "Anleitung " + word, "Erst **" + word + "**, dann " + old + ".");

        JsonNode hits = Search.until(tom, word, h -> h.size() == 1, INDEXED);
        assertThat(hits.get(0).get("type").asText()).isEqualTo("WIKI_PAGE");
        assertThat(hits.get(0).get("handle").asText()).isEqualTo(String.valueOf(page));
        assertThat(hits.get(0).get("title").asText()).isEqualTo("Anleitung " + word);
        assertThat(texts(hits.get(0).get("keywords"))).contains("Sofia Rossi", "Offen " + word);

        // a save replaces what is found
        String later = word + "neu";
        assertThat(sofia.put(
                                "/api/wiki-pages/" + page,
                                Map.of("baseRevision", 1, "title", "Anleitung " + word, "markdown", "Jetzt " + later))
                        .status())
                .isEqualTo(200);
        Search.until(tom, later, h -> h.size() == 1, INDEXED);
        assertThat(Search.total(tom, old))
                .as("the text replaced is no longer found")
                .isZero();

        // a closed wiki: its owner finds its page, Tom only once he is named in it, without a reindex
        String secret = word + "geheim";
        long closed = wiki(sofia, "Zu " + word, false);
        page(sofia, closed, "Gehälter " + secret, "Nur für uns: " + secret);
        Search.until(sofia, secret, h -> h.size() == 1, INDEXED);
        assertThat(Search.total(tom, secret)).as("no hit, no count").isZero();
        sofia.put("/api/wikis/" + closed + "/people/tom.becker", Map.of("role", "READER"));
        assertThat(Search.total(tom, secret)).isEqualTo(1);
    }

    @Test
    void aRestrictedCommunitysWikiIsFoundByItsMembersOnly() {
        String word =
                "kammerwort" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api anna = Api.as("anna.schmidt");
        long community = anna.post(
                        "/api/communities",
                        Map.of(
                                "name",
                                "Wikikammer " + UUID.randomUUID().toString().substring(0, 8),
                                "description",
                                "",
                                "type",
                                "RESTRICTED",
                                "tags",
                                List.of()))
                .json()
                .get("id")
                .asLong();
        long wiki =
                anna.get("/api/wikis?community=" + community).json().get("id").asLong();
        page(anna, wiki, "Plan " + word, "Streng vertraulich: " + word);

        JsonNode found = Search.until(anna, word, h -> h.size() == 1, INDEXED);
        assertThat(found.get(0).get("type").asText()).isEqualTo("WIKI_PAGE");
        assertThat(texts(found.get(0).get("keywords"))).contains("Anna Schmidt");
        Api emma = Api.as("emma.fischer");
        assertThat(Search.total(emma, word)).as("no hit, no count").isZero();
        assertThat(emma.get("/api/wikis?community=" + community).status()).isEqualTo(404);
        assertThat(emma.get("/api/wikis/" + wiki).status()).isEqualTo(404);
    }

    private static long wiki(Api owner, String name, boolean openToAll) {
        Api.Reply created = owner.post("/api/wikis", Map.of("name", name, "openToAll", openToAll));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static long page(Api author, long wiki, String title, String markdown) {
        Api.Reply created = author.post("/api/wikis/" + wiki + "/pages", Map.of("title", title, "markdown", markdown));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("pageId").asLong();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
