package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Posts and comments in search through the outbox: a published post and its comments are found by every employee,
 * with the author and a link into the post; a draft, a removed comment and a deleted post are not.
 */
@ExtendWith(ArquillianExtension.class)
class BlogSearchIT {

    private static final Duration INDEXED = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void publishedPostsAndTheirCommentsAreFoundUntilTheyGo() {
        String word =
                "blogsuche" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String commentWord =
                "antwortsuche" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api jonas = Api.as("jonas.meyer");
        Api emma = Api.as("emma.fischer");

        long post = jonas.post("/api/posts", Map.of("title", "Werkbank " + word, "markdown", "Über **" + word + "**."))
                .json()
                .get("id")
                .asLong();
        // a draft is not in search; a comment published later would be found by then
        long control = jonas.post("/api/posts", Map.of("title", "Kontrolle", "markdown", "Zum Vergleich " + word))
                .json()
                .get("id")
                .asLong();
        jonas.post("/api/posts/" + control + "/publish", Map.of());
        Search.until(emma, word, hits -> hits.size() == 1, INDEXED);
        assertThat(ids(Search.hits(jonas, word)))
                .as("his draft, even for him")
                .containsExactly(String.valueOf(control));

        jonas.post("/api/posts/" + post + "/publish", Map.of());
        JsonNode hits = Search.until(emma, word, found -> found.size() == 2, INDEXED);
        JsonNode hit = null;
        for (JsonNode found : hits) {
            if (found.get("id").asText().equals(String.valueOf(post))) {
                hit = found;
            }
        }
        assertThat(hit).as("the post among " + hits).isNotNull();
        assertThat(hit.get("type").asText()).isEqualTo("POST");
        assertThat(hit.get("handle").asText()).isEqualTo(String.valueOf(post));
        assertThat(hit.get("title").asText()).isEqualTo("Werkbank " + word);
        assertThat(texts(hit.get("keywords"))).contains("Jonas Meyer");

        long kept = emma.post("/api/posts/" + post + "/comments", Map.of("markdown", "Gute Idee: " + commentWord))
                .json()
                .get("id")
                .asLong();
        long removed = emma.post("/api/posts/" + post + "/comments", Map.of("markdown", "Verschrieben " + commentWord))
                .json()
                .get("id")
                .asLong();
        JsonNode comments = Search.until(Api.as("laura.kaya"), commentWord, found -> found.size() == 2, INDEXED);
        assertThat(comments.get(0).get("type").asText()).isEqualTo("COMMENT");
        assertThat(texts(comments, "handle"))
                .containsExactlyInAnyOrder(post + "#comment-" + kept, post + "#comment-" + removed);
        assertThat(texts(comments, "title")).containsOnly("Werkbank " + word);

        HttpResponse<String> page =
                PageSession.signIn("laura.kaya", Api.DEMO_PASSWORD).get("/search?q=" + commentWord);
        assertThat(page.body()).contains("/werkraum/posts/" + post + "#comment-" + kept);

        emma.delete("/api/comments/" + removed);
        Search.until(emma, commentWord, found -> found.size() == 1, INDEXED);

        jonas.delete("/api/posts/" + post);
        Search.until(emma, word, found -> ids(found).equals(List.of(String.valueOf(control))), INDEXED);
        Search.until(emma, commentWord, found -> found.isEmpty(), INDEXED);
    }

    private static List<String> ids(JsonNode hits) {
        return texts(hits, "id");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
