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
import org.openqa.selenium.By;

/**
 * Leadership updates: an executive's update is on top of every other employee's home page until he reads or dismisses
 * it (in Chromium); only executives write them; the author sees how many read it.
 */
@ExtendWith(ArquillianExtension.class)
class LeadershipUpdatesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void anUpdateStaysOnTheHomePageUntilDismissedOrRead() throws java.io.IOException {
        String title = "Strategie " + UUID.randomUUID().toString().substring(0, 8);
        long update = publish("ben.carter", title, true, false);

        try (Browser emma = new Browser()) {
            emma.signIn("emma.fischer");
            assertThat(emma.find("leadershipUpdates").getText()).contains(title).contains("Ben Carter");
            emma.open("/people");
            emma.open("/");
            assertThat(emma.find("leadershipUpdates").getText())
                    .as("until she does something")
                    .contains(title);

            dismissButtonOf(emma, title).click();
            emma.waitForText("The update is off your home page");
            assertThat(pinned(emma)).doesNotContain(title);
            emma.open("/leadership");
            assertThat(emma.find("leadershipPosts").getText())
                    .as("still in the leadership blog")
                    .contains(title);
        }

        try (Browser jonas = new Browser()) {
            jonas.signIn("jonas.meyer");
            jonas.driver().findElement(By.linkText(title)).click();
            assertThat(jonas.find("postLeadership").getText()).isEqualTo("Leadership update");
            assertThat(jonas.find("postByline").getText()).contains("Leadership blog");
            assertThat(jonas.driver().findElements(By.id("postReach")))
                    .as("for the author only")
                    .isEmpty();
            jonas.open("/");
            jonas.find("colleagues");
            assertThat(pinned(jonas))
                    .as("read, so off the top of his home page")
                    .doesNotContain(title);
        }

        try (Browser ben = new Browser()) {
            ben.signIn("ben.carter");
            ben.find("colleagues");
            assertThat(pinned(ben))
                    .as("not on top of its author's own home page (his stream has it)")
                    .doesNotContain(title);
            assertThat(ben.find("streamItems").getText()).contains(title);
            ben.open("/posts/" + update);
            assertThat(ben.find("postReach").getText()).startsWith("Read by 1 ·");
        }
        assertThat(titles(Api.as("emma.fischer")
                        .get("/api/posts/leadership/unread")
                        .json()))
                .doesNotContain(title);
        assertThat(titles(Api.as("clara.costa")
                        .get("/api/posts/leadership/unread")
                        .json()))
                .contains(title);
    }

    @Test
    void onlyExecutivesLeadAndTheirOwnBlogsCarryUpdatesToo() {
        Api emma = Api.as("emma.fischer");
        Map<String, Object> inLeadershipBlog = post("Ich auch", true, false);
        Api.Reply refused = emma.post("/api/posts", inLeadershipBlog);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("error.post.executivesOnly");
        assertThat(emma.post("/api/posts", post("Ich auch", false, true)).status())
                .isEqualTo(403);

        long own = emma.post("/api/posts", post("Mein Beitrag", false, false))
                .json()
                .get("id")
                .asLong();
        JsonNode mine = emma.get("/api/posts/" + own).json();
        Map<String, Object> promoted = post("Mein Beitrag", false, true);
        promoted.put("version", mine.get("version").asLong());
        assertThat(emma.put("/api/posts/" + own, promoted).status())
                .as("nor by a change")
                .isEqualTo(403);

        String title = "Aus dem Vorstand " + UUID.randomUUID().toString().substring(0, 8);
        long personal = publish("anna.schmidt", title, false, true);
        JsonNode update = Api.as("jonas.meyer").get("/api/posts/" + personal).json();
        assertThat(update.get("leadershipUpdate").asBoolean()).isTrue();
        assertThat(update.get("blogKind").asText()).isEqualTo("PERSONAL");
        assertThat(update.hasNonNull("readers"))
                .as("the count is for the author")
                .isFalse();
        assertThat(titles(Api.as("jonas.meyer")
                        .get("/api/posts/leadership")
                        .json()
                        .get("items")))
                .contains(title);
        assertThat(titles(Api.as("jonas.meyer")
                        .get("/api/posts/leadership/unread")
                        .json()))
                .contains(title);

        assertThat(Api.as("jonas.meyer")
                        .post("/api/posts/" + personal + "/read", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(titles(Api.as("jonas.meyer")
                        .get("/api/posts/leadership/unread")
                        .json()))
                .doesNotContain(title);
        assertThat(Api.as("anna.schmidt")
                        .get("/api/posts/" + personal)
                        .json()
                        .get("readers")
                        .asLong())
                .isEqualTo(1);

        Api.Reply notAnUpdate = Api.as("jonas.meyer")
                .post("/api/posts/" + publish("sven.berg", "Normal", false, false) + "/dismiss", Map.of());
        assertThat(notAnUpdate.status()).isEqualTo(409);
    }

    private static org.openqa.selenium.WebElement dismissButtonOf(Browser browser, String title) {
        return browser.find("leadershipUpdates").findElements(By.cssSelector("li")).stream()
                .filter(item -> item.getText().contains(title))
                .findFirst()
                .orElseThrow()
                .findElement(By.tagName("button"));
    }

    private static long publish(String login, String title, boolean leadershipBlog, boolean leadershipUpdate) {
        Api author = Api.as(login);
        Api.Reply written = author.post("/api/posts", post(title, leadershipBlog, leadershipUpdate));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        long id = written.json().get("id").asLong();
        assertThat(author.post("/api/posts/" + id + "/publish", Map.of()).status())
                .isEqualTo(200);
        return id;
    }

    private static Map<String, Object> post(String title, boolean leadershipBlog, boolean leadershipUpdate) {
        Map<String, Object> post = new HashMap<>();
        post.put("title", title);
        post.put("markdown", "Liebe Kolleginnen und Kollegen,\n\nwir **wachsen**.");
        post.put("leadershipBlog", leadershipBlog);
        post.put("leadershipUpdate", leadershipUpdate);
        return post;
    }

    private static List<String> titles(JsonNode posts) {
        List<String> titles = new ArrayList<>();
        posts.forEach(post -> titles.add(post.get("title").asText()));
        return titles;
    }

    /** The leadership updates pinned on top of the home page, or nothing when there are none. */
    private static String pinned(Browser browser) {
        return browser.driver().findElements(By.id("leadershipUpdates")).stream()
                .map(org.openqa.selenium.WebElement::getText)
                .findFirst()
                .orElse("");
    }
}
