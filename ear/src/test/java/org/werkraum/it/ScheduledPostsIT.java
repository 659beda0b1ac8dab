package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * Scheduled posts: the server publishes them at their time (it looks every few seconds); until then they are their
 * author's alone. A time past is refused, with nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledPostsIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void theServerPublishesAScheduledPostAtItsTime() {
        Api laura = Api.as("laura.kaya");
        Api sven = Api.as("sven.berg");
        long post = laura.post("/api/posts", Map.of("title", "Montagsrunde", "markdown", "Ab **Montag**."))
                .json()
                .get("id")
                .asLong();

        Api.Reply past = laura.post("/api/posts/" + post + "/schedule", Map.of("publishAt", "2020-01-01T09:00:00Z"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("code").asText()).isEqualTo("error.post.scheduleInPast");
        Api.Reply none = laura.post("/api/posts/" + post + "/schedule", Map.of());
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("code").asText()).isEqualTo("error.post.scheduleMissing");
        assertThat(laura.get("/api/posts/" + post).json().get("status").asText())
                .as("nothing changed")
                .isEqualTo("DRAFT");

        Instant at = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        JsonNode scheduled = laura.post("/api/posts/" + post + "/schedule", Map.of("publishAt", at.toString()))
                .json();
        assertThat(scheduled.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(scheduled.get("scheduledAt").asText())).isEqualTo(at);
        assertThat(sven.get("/api/posts/" + post).status())
                .as("not before its time")
                .isEqualTo(404);
        assertThat(laura.get("/api/posts/drafts").body()).contains("Montagsrunde");

        Instant deadline = Instant.now().plusSeconds(40);
        while (sven.get("/api/posts/" + post).status() != 200) {
            assertThat(Instant.now()).as("published within 40 s").isBefore(deadline);
            Search.sleep(500);
        }
        JsonNode published = sven.get("/api/posts/" + post).json();
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(Instant.parse(published.get("publishedAt").asText()))
                .as("as of its time")
                .isEqualTo(at);
        assertThat(published.hasNonNull("scheduledAt")).isFalse();
        assertThat(laura.get("/api/posts/drafts").body()).doesNotContain("Montagsrunde");
        Api.Reply again = laura.post(
                "/api/posts/" + post + "/schedule",
                Map.of("publishAt", Instant.now().plusSeconds(3600).toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("error.post.alreadyPublished");
    }

    @Test
    void aScheduledPostGoesBackIntoTheDrafts() {
        Api laura = Api.as("laura.kaya");
        long post = laura.post("/api/posts", Map.of("title", "Später", "markdown", "Irgendwann."))
                .json()
                .get("id")
                .asLong();
        laura.post(
                "/api/posts/" + post + "/schedule",
                Map.of("publishAt", Instant.now().plusSeconds(86_400).toString()));
        JsonNode back = laura.delete("/api/posts/" + post + "/schedule").json();
        assertThat(back.get("status").asText()).isEqualTo("DRAFT");
        assertThat(back.hasNonNull("scheduledAt")).isFalse();
        assertThat(Api.as("sven.berg").get("/api/posts/" + post).status()).isEqualTo(404);
    }

    @Test
    void theEditorSchedulesAndRefusesATimePastWithNothingSaved() throws IOException {
        String title = "Quartalszahlen " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            browser.signIn("emma.fischer");
            browser.open("/posts/new");
            browser.type("postTitleInput", title);
            browser.type("postMarkdown", "Die Zahlen kommen am *Freitag*.");
            browser.type("postPublishAt_input", LocalDateTime.now().minusDays(1).format(PICKER));
            browser.find("postPublishAt_input").sendKeys(Keys.ESCAPE);
            browser.click("schedulePost");
            browser.waitForText("This time has passed; choose one to come.");
            assertThat(browser.find("postTitleInput").getAttribute("value"))
                    .as("what she wrote is still there")
                    .isEqualTo(title);
            browser.open("/posts/drafts");
            assertThat(browser.pageText()).as("nothing saved").doesNotContain(title);

            browser.open("/posts/new");
            browser.type("postTitleInput", title);
            browser.type("postMarkdown", "Die Zahlen kommen am *Freitag*.");
            String inAnHour = LocalDateTime.now().plusHours(1).format(PICKER);
            browser.type("postPublishAt_input", inAnHour);
            browser.find("postPublishAt_input").sendKeys(Keys.ESCAPE);
            browser.click("schedulePost");
            browser.waitForText("The post is scheduled for");
            assertThat(browser.find("postScheduled").getText()).startsWith("Scheduled: published on");
            assertThat(browser.find("postPublishAt_input").getAttribute("value"))
                    .isEqualTo(inAnHour);
            browser.open("/posts/drafts");
            assertThat(browser.find("draftsList").getText()).contains(title).contains("scheduled for");
        }
    }
}
