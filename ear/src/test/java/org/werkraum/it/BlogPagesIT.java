package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The post page and a person's blog in headless Chromium: a post written through the API with a table, shown to
 * another employee; hostile titles and bodies (../shared/testdata/xss/) shown as text, with no dialog opened.
 */
@ExtendWith(ArquillianExtension.class)
class BlogPagesIT {

    private static final Path XSS = Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "xss");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aPublishedPostIsReadOnItsPageAndListedInTheBlog() throws IOException {
        String title = "Standorte " + UUID.randomUUID().toString().substring(0, 8);
        long id = publish(
                "sven.berg",
                title,
                "| Standort | Leute |\n|---|---:|\n| München | 1.200 |\n\nMehr im ~~alten~~ neuen Intranet.",
                List.of("standorte"));

        try (Browser browser = new Browser()) {
            browser.signIn("emma.fischer");
            browser.open("/posts/" + id);

            assertThat(browser.find("postTitle").getText()).isEqualTo(title);
            assertThat(browser.find("postByline").getText()).contains("Sven Berg");
            assertThat(browser.driver().findElements(By.cssSelector("#postBody table td")))
                    .extracting(cell -> cell.getText())
                    .containsExactly("München", "1.200");
            assertThat(browser.find("postBody").findElement(By.tagName("del")).getText())
                    .isEqualTo("alten");
            assertThat(browser.find("postTags").getText()).contains("standorte");

            // its tag leads to every post with that tag
            browser.find("postTags").findElement(By.linkText("standorte")).click();
            assertThat(browser.find("taggedPosts").getText()).contains(title);
            assertThat(browser.url()).endsWith("/tags/standorte");
            assertThat(Api.as("emma.fischer").get("/api/posts?tag=%20Standorte").body())
                    .contains(title);
            browser.open("/posts/" + id);

            browser.open("/people/sven.berg/blog");
            assertThat(browser.find("blogPosts").getText()).contains(title);
            browser.driver().findElement(By.linkText(title)).click();
            browser.find("postTitle");
            assertThat(browser.url()).endsWith("/posts/" + id);

            // a draft of someone else does not exist for her
            long draft = write("sven.berg", "Entwurf " + title, "Noch nicht fertig.", List.of());
            browser.open("/posts/" + draft);
            assertThat(browser.pageText()).doesNotContain("Noch nicht fertig.");
        }
    }

    @Test
    void hostileTitlesAndBodiesAreShownAsTextAndNothingRuns() throws IOException {
        List<String> payloads =
                Files.readAllLines(XSS.resolve("owasp/owasp_xss_filter_evasion.txt"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .toList();
        assertThat(payloads).hasSizeGreaterThan(50);
        String body = String.join("\n\n", payloads) + "\n\n"
                + Files.readString(XSS.resolve("blns/blns_script_injection.txt"), StandardCharsets.UTF_8);
        List<String> titles = List.of(
                "<img src=x onerror=alert('title')>",
                "\"><script>alert('title')</script>",
                "<svg/onload=alert('title')>");

        try (Browser browser = new Browser()) {
            browser.signIn("emma.fischer");
            for (String title : titles) {
                long id = publish("tom.becker", title, body, List.of("<b>tag</b>"));
                browser.open("/posts/" + id);
                browser.find("postBody");
                // onerror and onload handlers fire once images and frames have failed to load
                sleep(500);
                assertThat(browser.openDialog())
                        .as("a dialog opened for " + title)
                        .isNull();
                assertThat(browser.find("postTitle").getText()).isEqualTo(title);
                assertThat(browser.driver().findElements(By.cssSelector("#postBody script, #postBody iframe")))
                        .isEmpty();
            }
            browser.open("/people/tom.becker/blog");
            browser.find("blogPosts");
            sleep(500);
            assertThat(browser.openDialog()).isNull();
            assertThat(browser.find("blogPosts").getText()).contains(titles.get(0));
        }
    }

    private static long publish(String login, String title, String markdown, List<String> tags) {
        long id = write(login, title, markdown, tags);
        Api.Reply published = Api.as(login).post("/api/posts/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    private static long write(String login, String title, String markdown, List<String> tags) {
        Map<String, Object> post = new HashMap<>();
        post.put("title", title);
        post.put("markdown", markdown);
        post.put("tags", tags);
        Api.Reply written = Api.as(login).post("/api/posts", post);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        return written.json().get("id").asLong();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
