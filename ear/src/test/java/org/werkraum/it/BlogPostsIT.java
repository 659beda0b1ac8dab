package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Writing in one's own blog through {@code /api/posts}: a draft is its author's alone, publishing makes it everyone's,
 * an edit after publishing keeps the version it replaced, the Markdown arrives as clean HTML, bad input is refused
 * with nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class BlogPostsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aDraftIsTheAuthorsAloneUntilPublishedThenEveryonesInHisBlog() {
        String title = "Quartalszahlen " + UUID.randomUUID().toString().substring(0, 8);
        Api jonas = Api.as("jonas.meyer");
        Api emma = Api.as("emma.fischer");

        Api.Reply written = jonas.post("/api/posts", post(title, "Erste **Zahlen**.", List.of(" Finanzen ", "Q3")));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        JsonNode draft = written.json();
        long id = draft.get("id").asLong();
        assertThat(written.headers().firstValue("Location").orElseThrow()).endsWith("/api/posts/" + id);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("html").asText()).isEqualTo("<p>Erste <strong>Zahlen</strong>.</p>\n");
        assertThat(texts(draft.get("tags"))).containsExactlyInAnyOrder("finanzen", "q3");
        assertThat(draft.get("canEdit").asBoolean()).isTrue();

        // nobody else learns that the draft exists, not even its title in his drafts or the blog
        Api.Reply hidden = emma.get("/api/posts/" + id);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain(title);
        assertThat(emma.get("/api/posts?author=jonas.meyer").body()).doesNotContain(title);
        assertThat(texts(jonas.get("/api/posts/drafts").json(), "title")).contains(title);
        assertThat(texts(emma.get("/api/posts/drafts").json(), "title")).doesNotContain(title);

        JsonNode published =
                jonas.post("/api/posts/" + id + "/publish", Map.of()).json();
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedAt").isNull()).isFalse();

        JsonNode read = emma.get("/api/posts/" + id).json();
        assertThat(read.get("title").asText()).isEqualTo(title);
        assertThat(read.get("authorLogin").asText()).isEqualTo("jonas.meyer");
        assertThat(read.get("canEdit").asBoolean()).isFalse();
        JsonNode blog = emma.get("/api/posts?author=jonas.meyer").json();
        assertThat(texts(blog.get("items"), "title")).contains(title);
        assertThat(texts(jonas.get("/api/posts/drafts").json(), "title")).doesNotContain(title);
    }

    @Test
    void anEditAfterPublishingKeepsTheReplacedVersionAndSaysEdited() {
        Api lena = Api.as("lena.vogel");
        long id = lena.post("/api/posts", post("Neue Kantine", "Ab Montag offen.", List.of()))
                .json()
                .get("id")
                .asLong();
        // drafts change without keeping versions
        JsonNode draft = lena.put("/api/posts/" + id, change("Neue Kantine", "Ab Montag geöffnet.", 0))
                .json();
        assertThat(draft.get("revisions")).isEmpty();
        long version = lena.post("/api/posts/" + id + "/publish", Map.of())
                .json()
                .get("version")
                .asLong();
        assertThat(version).isEqualTo(2);

        JsonNode edited = lena.put("/api/posts/" + id, change("Neue Kantine", "Ab **Dienstag** geöffnet.", version))
                .json();

        assertThat(edited.get("html").asText()).contains("<strong>Dienstag</strong>");
        assertThat(edited.get("editedAt").isNull()).isFalse();
        assertThat(edited.get("revisions")).hasSize(1);
        assertThat(edited.get("revisions").get(0).get("replacedByLogin").asText())
                .isEqualTo("lena.vogel");

        // someone who read the old version and saves later is told, and overwrites nothing
        Api.Reply stale = lena.put("/api/posts/" + id, change("Neue Kantine", "Ab Mittwoch.", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asText()).isEqualTo("error.post.changedMeanwhile");
        assertThat(lena.get("/api/posts/" + id).json().get("markdown").asText()).isEqualTo("Ab **Dienstag** geöffnet.");
    }

    @Test
    void onlyTheAuthorChangesAPost() {
        long id = Api.as("jonas.meyer")
                .post("/api/posts", post("Nur meiner", "Text.", List.of()))
                .json()
                .get("id")
                .asLong();
        Api.as("jonas.meyer").post("/api/posts/" + id + "/publish", Map.of());

        Api.Reply foreign = Api.as("emma.fischer").put("/api/posts/" + id, change("Übernommen", "Anders.", 1));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("code").asText()).isEqualTo("error.post.notYours");
        assertThat(Api.as("emma.fischer")
                        .post("/api/posts/" + id + "/publish", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(Api.as("emma.fischer")
                        .get("/api/posts/" + id)
                        .json()
                        .get("title")
                        .asText())
                .isEqualTo("Nur meiner");
    }

    @Test
    void scriptsInTheMarkdownNeverReachTheHtml() {
        JsonNode post = Api.as("jonas.meyer")
                .post(
                        "/api/posts",
                        post(
                                "XSS",
                                "[klick](javascript:alert(2)) <img src=x onerror=alert(3)>\n\n<script>alert(1)</script>",
                                List.of()))
                .json();

        assertThat(post.get("html").asText())
                .startsWith("<p>klick <img src=\"x\" /></p>")
                .doesNotContain("<script", "alert", "javascript", "onerror");
        // the author gets his text back as he wrote it
        assertThat(post.get("markdown").asText()).contains("<script>alert(1)</script>");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        Api anna = Api.as("anna.schmidt");
        int draftsBefore = anna.get("/api/posts/drafts").json().size();

        Api.Reply noTitle = anna.post("/api/posts", post("  ", "Text.", List.of()));
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body()).contains("title");

        Api.Reply tooLong = anna.post("/api/posts", post("Lang", "x".repeat(200_001), List.of()));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("markdown");

        Api.Reply blankTag = anna.post("/api/posts", post("Tags", "Text.", List.of("ok", " ")));
        assertThat(blankTag.status()).isEqualTo(400);

        assertThat(anna.get("/api/posts/drafts").json().size()).isEqualTo(draftsBefore);
        assertThat(anna.get("/api/posts/999999999").status()).isEqualTo(404);
        assertThat(anna.get("/api/posts").status()).isEqualTo(400);
    }

    @Test
    void theBlogOfSomeoneTheCallerMayNotSeeDoesNotExist() {
        String login = "weg." + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply imported = Api.as("lena.vogel")
                .post(
                        "/api/admin/directory",
                        "text/csv",
                        "login,display_name,email\n" + login + ",Weg Person," + login + "@werkraum.example\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(Api.as("emma.fischer").get("/api/posts?author=" + login).status())
                .isEqualTo(200);

        assertThat(Database.execute("update person set active = false where login = '" + login + "'"))
                .isEqualTo(1);

        assertThat(Api.as("emma.fischer").get("/api/posts?author=" + login).status())
                .isEqualTo(404);
        assertThat(Api.as("emma.fischer").get("/api/posts?author=nobody.known").status())
                .isEqualTo(404);
    }

    private static Map<String, Object> post(String title, String markdown, List<String> tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("markdown", markdown);
        body.put("tags", tags);
        return body;
    }

    private static Map<String, Object> change(String title, String markdown, long version) {
        Map<String, Object> body = post(title, markdown, List.of());
        body.put("version", version);
        return body;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        return array.findValuesAsText(field);
    }
}
