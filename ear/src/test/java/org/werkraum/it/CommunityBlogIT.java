package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
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
import org.openqa.selenium.By;

/**
 * A community's blog: its members write there; its posts are read as the community's content is, a restricted
 * community's by its members only, on every page, in every list and count, through the API and in search; its owners
 * moderate the discussion.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityBlogIT {

    private static final Duration INDEXED = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aRestrictedCommunitysPostsAreForItsMembersOnlyEverywhere() {
        String word =
                "kammerwort" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String tag = "kammer-" + word.substring(10);
        Api anna = Api.as("anna.schmidt");
        Api jonas = Api.as("jonas.meyer");
        Api emma = Api.as("emma.fischer");
        long community = community(anna, "Blogkammer " + word.substring(10), "RESTRICTED");
        join(anna, jonas, community);

        Map<String, Object> secret = post("Vertraulich " + word, "Nur für uns: **" + word + "**.", tag);
        secret.put("communityId", community);
        Api.Reply written = jonas.post("/api/posts", secret);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long post = written.json().get("id").asLong();
        assertThat(written.json().get("blogKind").asText()).isEqualTo("COMMUNITY");
        assertThat(written.json().get("communityId").asLong()).isEqualTo(community);
        assertThat(jonas.post("/api/posts/" + post + "/publish", Map.of()).status())
                .isEqualTo(200);
        long open = publish(jonas, post("Offen " + word, "Für alle: " + word, tag));
        long comment = anna.post("/api/posts/" + post + "/comments", Map.of("markdown", "Einverstanden, " + word))
                .json()
                .get("id")
                .asLong();

        assertThat(titles(anna.get("/api/posts?community=" + community).json().get("items")))
                .containsExactly("Vertraulich " + word);
        JsonNode annasTag = anna.get("/api/posts?tag=" + tag).json();
        assertThat(titles(annasTag.get("items"))).containsExactlyInAnyOrder("Vertraulich " + word, "Offen " + word);
        assertThat(annasTag.get("total").asLong()).isEqualTo(2);

        // for someone outside, the post, its comments, its blog and its likes do not exist: not even in a count
        assertThat(emma.get("/api/posts/" + post).status()).isEqualTo(404);
        assertThat(emma.get("/api/posts/" + post + "/comments").status()).isEqualTo(404);
        assertThat(emma.put("/api/posts/" + post + "/like", Map.of()).status()).isEqualTo(404);
        assertThat(emma.post("/api/posts/" + post + "/comments", Map.of("markdown", "Hallo?"))
                        .status())
                .isEqualTo(404);
        assertThat(emma.put("/api/comments/" + comment + "/like", Map.of()).status())
                .isEqualTo(404);
        assertThat(emma.get("/api/posts?community=" + community).status()).isEqualTo(404);
        JsonNode emmasTag = emma.get("/api/posts?tag=" + tag).json();
        assertThat(titles(emmasTag.get("items"))).containsExactly("Offen " + word);
        assertThat(emmasTag.get("total").asLong())
                .as("the count tells nothing either")
                .isEqualTo(1);
        Map<String, Object> intruding = post("Ich auch", "Darf ich?", tag);
        intruding.put("communityId", community);
        Api.Reply refused = emma.post("/api/posts", intruding);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Blogkammer");

        PageSession emmasPages = PageSession.signIn("emma.fischer", Api.DEMO_PASSWORD);
        assertThat(emmasPages.get("/posts/" + post).statusCode()).isEqualTo(404);
        assertThat(emmasPages.get("/communities/" + community + "/blog").statusCode())
                .isEqualTo(404);
        assertThat(emmasPages.get("/tags/" + tag).body())
                .contains("Offen " + word)
                .doesNotContain("Vertraulich");

        // search: the members find the post and the comment, nobody else does
        JsonNode found = Search.until(jonas, word, hits -> hits.size() == 3, INDEXED);
        assertThat(texts(found, "id")).contains(String.valueOf(post), String.valueOf(comment), String.valueOf(open));
        assertThat(texts(Search.hits(emma, word), "id")).containsExactly(String.valueOf(open));
        JsonNode secretHit = null;
        for (JsonNode hit : found) {
            if (hit.get("id").asText().equals(String.valueOf(post))) {
                secretHit = hit;
            }
        }
        assertThat(texts(secretHit.get("keywords"), null))
                .as("its author and its place")
                .containsExactly("Jonas Meyer", "Blogkammer " + word.substring(10));
        assertThat(Search.total(emma, word)).isEqualTo(1);

        // the community's owner moderates its discussion; the post stays in the community
        long jonasComment = jonas.post("/api/posts/" + post + "/comments", Map.of("markdown", "Nachtrag"))
                .json()
                .get("id")
                .asLong();
        assertThat(anna.delete("/api/comments/" + jonasComment).status()).isEqualTo(204);
        JsonNode thread = jonas.get("/api/posts/" + post + "/comments").json();
        assertThat(thread.get("comments").get("items").get(1).get("removed").asBoolean())
                .isTrue();

        // leadership updates are not a community's
        Map<String, Object> update = post("Strategie", "Für alle", tag);
        update.put("communityId", community);
        update.put("leadershipUpdate", true);
        Api.Reply noUpdate = anna.post("/api/posts", update);
        assertThat(noUpdate.status()).isEqualTo(400);
        assertThat(noUpdate.json().get("code").asText()).isEqualTo("error.post.leadershipInCommunity");

        // who left writes no more there: his draft stays his, unpublished
        Map<String, Object> draft = post("Entwurf " + word, "Noch nicht fertig", tag);
        draft.put("communityId", community);
        long draftId = jonas.post("/api/posts", draft).json().get("id").asLong();
        assertThat(jonas.delete("/api/communities/" + community + "/membership").status())
                .isEqualTo(204);
        Api.Reply late = jonas.post("/api/posts/" + draftId + "/publish", Map.of());
        assertThat(late.status()).isEqualTo(403);
        assertThat(late.json().get("code").asText()).isEqualTo("error.post.membersOnly");
        assertThat(jonas.get("/api/posts/" + draftId).json().get("status").asText())
                .isEqualTo("DRAFT");
        assertThat(jonas.get("/api/posts/" + post).status())
                .as("nor reads the community's posts")
                .isEqualTo(404);
    }

    @Test
    void aPublicCommunitysBlogIsReadByAllAndWrittenByItsMembersInTheBrowser() throws IOException {
        String name = "Lesekreis " + UUID.randomUUID().toString().substring(0, 8);
        String title = "Buchtipp " + UUID.randomUUID().toString().substring(0, 8);
        long community = community(Api.as("mia.schulz"), name, "PUBLIC");

        Api.Reply outsider =
                Api.as("emma.fischer").post("/api/posts", withCommunity(post("Ich", "Hallo", "buch"), community));
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.json().get("code").asText()).isEqualTo("error.post.membersOnly");

        try (Browser mia = new Browser()) {
            mia.signIn("mia.schulz");
            mia.open("/communities/" + community);
            mia.click("communityBlog");
            assertThat(mia.find("communityBlogHeading").getText()).isEqualTo("Blog of " + name);
            assertThat(mia.find("communityBlogEmpty").getText()).contains("No posts yet");
            mia.click("communityBlogNewPost");
            assertThat(mia.find("editorCommunity").getText()).isEqualTo("In the blog of " + name);
            mia.type("postTitleInput", title);
            mia.type("postMarkdown", "Lest *Der Zauberberg*.");
            mia.click("publishPost");
            mia.waitForText("The post is published.");
            assertThat(mia.find("postCommunityBlog").getText()).isEqualTo("Blog of " + name);
        }

        try (Browser emma = new Browser()) {
            emma.signIn("emma.fischer");
            emma.open("/communities/" + community + "/blog");
            assertThat(emma.driver().findElements(By.id("communityBlogNewPost")))
                    .as("she reads but is no member")
                    .isEmpty();
            emma.driver().findElement(By.linkText(title)).click();
            assertThat(emma.find("postBody").getText()).isEqualTo("Lest Der Zauberberg.");
        }
    }

    @Test
    void theBlogDirectoryShowsARestrictedCommunitysBlogToItsMembersOnly() throws IOException {
        String name = "Verschlusssache " + UUID.randomUUID().toString().substring(0, 8);
        Api anna = Api.as("anna.schmidt");
        long community = community(anna, name, "RESTRICTED");
        for (int i = 1; i <= 5; i++) {
            publish(anna, withCommunity(post("Lage " + i, "Stand " + i, "lage"), community));
        }

        try (Browser browser = new Browser()) {
            browser.signIn("anna.schmidt");
            browser.click("navBlogs");
            assertThat(browser.find("newestBlogs")
                            .findElements(By.tagName("li"))
                            .get(0)
                            .getText())
                    .as("the newest blog first")
                    .startsWith("Blog of " + name);
            String active = browser.find("mostActiveBlogs").findElements(By.tagName("li")).stream()
                    .map(item -> item.getText())
                    .filter(text -> text.startsWith("Blog of " + name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("not among the most active"));
            assertThat(active).contains("5 posts");
        }
        String outside = PageSession.signIn("emma.fischer", Api.DEMO_PASSWORD)
                .get("/blogs")
                .body();
        assertThat(outside).contains("Most active in the last 90 days").doesNotContain(name);
        JsonNode directory = Api.as("anna.schmidt").get("/api/blogs").json();
        assertThat(directory.get("newest").get(0).get("communityName").asText()).isEqualTo(name);
        assertThat(directory.get("newest").get(0).get("kind").asText()).isEqualTo("COMMUNITY");
        assertThat(Api.as("emma.fischer").get("/api/blogs").body()).doesNotContain(name);
    }

    @Test
    void theTagBoxSuggestsTagsInUseButNoneOfOthersRestrictedCommunities() throws IOException {
        String stem = "wolke" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        Api anna = Api.as("anna.schmidt");
        long community = community(anna, "Wolkenkammer " + stem, "RESTRICTED");
        publish(anna, post("Öffentlich", "Für alle", stem + "-offen"));
        publish(anna, post("Noch einmal", "Für alle", stem + "-offen"));
        publish(anna, withCommunity(post("Intern", "Nur für uns", stem + "-geheim"), community));

        assertThat(PageSession.signIn("anna.schmidt", Api.DEMO_PASSWORD)
                        .get("/suggest/tags?query=" + stem)
                        .body())
                .as("the most used first")
                .containsSubsequence(stem + "-offen", stem + "-geheim");
        String outside = PageSession.signIn("emma.fischer", Api.DEMO_PASSWORD)
                .get("/suggest/tags?query=" + stem.toUpperCase() + "%20")
                .body();
        assertThat(outside).contains("\"value\":\"" + stem + "-offen\"").doesNotContain("geheim");

        try (Browser emma = new Browser()) {
            emma.signIn("emma.fischer");
            emma.open("/posts/new");
            emma.driver().findElement(By.cssSelector("#postTags input")).sendKeys(stem);
            emma.waiting()
                    .until(driver -> !driver.findElements(By.cssSelector("#postTags_suggestions option"))
                            .isEmpty());
            assertThat(emma.driver().findElements(By.cssSelector("#postTags_suggestions option")))
                    .extracting(option -> option.getAttribute("value"))
                    .containsExactly(stem + "-offen");
        }
    }

    private static long community(Api owner, String name, String type) {
        Api.Reply created = owner.post(
                "/api/communities", Map.of("name", name, "description", "", "type", type, "tags", List.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** The owner invites, the invited accepts. */
    private static void join(Api owner, Api invited, long community) {
        long id = invited.get("/api/people/me").json().get("id").asLong();
        assertThat(owner.post("/api/communities/" + community + "/invitations", Map.of("personId", id))
                        .status())
                .isEqualTo(204);
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

    private static Map<String, Object> post(String title, String markdown, String tag) {
        Map<String, Object> post = new HashMap<>();
        post.put("title", title);
        post.put("markdown", markdown);
        post.put("tags", List.of(tag));
        return post;
    }

    private static Map<String, Object> withCommunity(Map<String, Object> post, long community) {
        post.put("communityId", community);
        return post;
    }

    private static List<String> titles(JsonNode posts) {
        return texts(posts, "title");
    }

    /** A field of each node, or each node's text when the field is null. */
    private static List<String> texts(JsonNode nodes, String field) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(node ->
                texts.add(field == null ? node.asText() : node.get(field).asText()));
        return texts;
    }
}
