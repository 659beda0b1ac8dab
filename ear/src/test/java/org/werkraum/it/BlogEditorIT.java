package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Writing a post in headless Chromium: Markdown with a table and an uploaded image, seen in the preview while typing,
 * saved as a draft, found among the drafts, published and read by another employee; bad input answered next to its
 * field with nothing saved; hostile text in the preview runs nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BlogEditorIT {

    private static final Path XSS = Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "xss");

    private static final Path DOCUMENTS =
            Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "documents");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aDraftWithATableAndAnImageIsPreviewedSavedAndPublished(@TempDir Path folder) throws IOException {
        String title = "Messe Hannover " + UUID.randomUUID().toString().substring(0, 8);
        Path photo = TestImages.pngFile(folder, "Messestand.png", 120, 80);

        try (Browser browser = new Browser()) {
            browser.signIn("mia.schulz");
            browser.click("navWrite");
            browser.type("postTitleInput", title);
            browser.type("postMarkdown", "Unser Stand:\n\n| Halle | Stand |\n|---|---|\n| 7 | C12 |\n");
            // the preview follows the typing
            browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#postPreview table td")));
            assertThat(browser.driver().findElements(By.cssSelector("#postPreview td")))
                    .extracting(WebElement::getText)
                    .containsExactly("7", "C12");

            browser.driver()
                    .findElement(By.cssSelector("#postImage input[type=file]"))
                    .sendKeys(photo.toString());
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#postPreview img")));
            String markdown = browser.find("postMarkdown").getAttribute("value");
            assertThat(markdown).containsPattern("!\\[Messestand\\]\\(/werkraum/images/\\d+\\)");
            assertThat(loaded(browser, "#postPreview img"))
                    .as("the preview shows the uploaded image")
                    .isTrue();

            browser.driver().findElement(By.cssSelector("#postTags input")).sendKeys("messe,");
            browser.click("savePost");
            browser.waitForText("The draft is saved.");
            assertThat(browser.url()).matches(".*/posts/\\d+/edit");
            String id = browser.url().replaceAll(".*/posts/(\\d+)/edit", "$1");
            assertThat(browser.find("postTitleInput").getAttribute("value")).isEqualTo(title);

            browser.open("/posts/drafts");
            assertThat(browser.find("draftsList").getText()).contains(title);
            browser.driver().findElement(By.linkText(title)).click();
            browser.click("publishPost");
            browser.waitForText("The post is published.");
            assertThat(browser.url()).endsWith("/posts/" + id);
            assertThat(browser.driver().findElements(By.cssSelector("#postBody td")))
                    .extracting(WebElement::getText)
                    .containsExactly("7", "C12");
            assertThat(browser.find("postTags").getText()).contains("messe");

            browser.open("/posts/drafts");
            assertThat(browser.pageText()).doesNotContain(title);
        }

        try (Browser reader = new Browser()) {
            reader.signIn("tom.becker");
            reader.open("/people/mia.schulz/blog");
            reader.driver().findElement(By.linkText(title)).click();
            reader.find("postBody");
            assertThat(loaded(reader, "#postBody img"))
                    .as("a reader sees the image")
                    .isTrue();
            assertThat(reader.driver().findElements(By.id("postEdit")))
                    .as("only the author edits")
                    .isEmpty();

            reader.click("likePost");
            reader.waitForText("One person likes this");
            assertThat(reader.find("likePost").getAttribute("aria-pressed")).isEqualTo("true");
            reader.type("commentText", "Wir kommen **vorbei**!");
            reader.click("sendComment");
            reader.waitForText("Your comment is published.");
            assertThat(reader.find("comments").findElement(By.tagName("strong")).getText())
                    .isEqualTo("vorbei");
        }

        try (Browser author = new Browser()) {
            author.signIn("mia.schulz");
            author.open("/people/mia.schulz/blog");
            author.driver().findElement(By.linkText(title)).click();
            author.find("postLikers").click();
            assertThat(author.find("postLikers").getText()).contains("Tom Becker");
            WebElement comment = author.find("comments").findElement(By.cssSelector("article.wr-comment"));
            assertThat(comment.getText()).contains("Tom Becker").contains("Wir kommen vorbei!");
            comment.findElement(By.cssSelector("a.wr-reply")).click();
            author.waitForText("Your reply to Tom Becker");
            author.type("commentText", "Gern, Halle 7.");
            author.click("sendComment");
            author.waitForText("Your reply is published.");
            assertThat(author.find("comments")
                            .findElement(By.cssSelector(".wr-replies"))
                            .getText())
                    .contains("Gern, Halle 7.");
        }
    }

    @Test
    void badInputIsAnsweredAtItsFieldAndNothingIsSaved(@TempDir Path folder) throws IOException {
        String drafts =
                "select count(*) from blog_post where author_id = (select id from person where login = 'sven.berg')";
        long before = Database.queryLong(drafts);

        try (Browser browser = new Browser()) {
            browser.signIn("sven.berg");
            browser.open("/posts/new");
            browser.type("postMarkdown", "Ein Text ohne Titel.");
            browser.click("savePost");
            browser.waitForText("Give the post a title.");
            assertThat(browser.find("postMarkdown").getAttribute("value"))
                    .as("what was typed is still there")
                    .isEqualTo("Ein Text ohne Titel.");

            // a PDF named like a photo: judged by its bytes
            Path pdf = Files.copy(DOCUMENTS.resolve("testPDF.pdf"), folder.resolve("Foto.png"));
            browser.driver()
                    .findElement(By.cssSelector("#postImage input[type=file]"))
                    .sendKeys(pdf.toString());
            browser.waitForText("not an image");
            assertThat(browser.find("postMarkdown").getAttribute("value")).isEqualTo("Ein Text ohne Titel.");
        }
        assertThat(Database.queryLong(drafts)).isEqualTo(before);
    }

    @Test
    void hostileTextInThePreviewRunsNothing() throws IOException {
        List<String> payloads =
                Files.readAllLines(XSS.resolve("owasp/owasp_xss_filter_evasion.txt"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .toList();
        // the marker first: an unclosed element of a payload may take the rest of the text with it, as on the post
        String text = "Anfang der Probe.\n\n" + String.join("\n\n", payloads) + "\n\n"
                + Files.readString(XSS.resolve("blns/blns_script_injection.txt"), StandardCharsets.UTF_8);

        try (Browser browser = new Browser()) {
            browser.signIn("emma.fischer");
            browser.open("/posts/new");
            browser.type("postTitleInput", "<img src=x onerror=alert('title')>");
            WebElement markdown = browser.find("postMarkdown");
            // the whole file at once, as a paste does; the preview is asked for as after typing
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", markdown, text);
            markdown.sendKeys(" ");
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("postPreview"), "Anfang der Probe."));
            sleep(500);
            assertThat(browser.openDialog()).isNull();
            assertThat(browser.driver().findElements(By.cssSelector("#postPreview script, #postPreview iframe")))
                    .isEmpty();

            browser.click("savePost");
            browser.waitForText("The draft is saved.");
            sleep(500);
            assertThat(browser.openDialog()).isNull();
            assertThat(browser.find("postTitleInput").getAttribute("value"))
                    .isEqualTo("<img src=x onerror=alert('title')>");
        }
    }

    @Test
    void hostileCommentsAreShownAsTextAndNothingRuns() throws IOException {
        List<String> payloads =
                Files.readAllLines(XSS.resolve("owasp/owasp_xss_filter_evasion.txt"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .limit(60)
                        .toList();
        Api sven = Api.as("sven.berg");
        long post = sven.post("/api/posts", Map.of("title", "Offene Runde", "markdown", "Fragen?"))
                .json()
                .get("id")
                .asLong();
        sven.post("/api/posts/" + post + "/publish", Map.of());
        Api clara = Api.as("clara.costa");
        for (String payload : payloads) {
            Api.Reply written = clara.post("/api/posts/" + post + "/comments", Map.of("markdown", payload));
            assertThat(written.status()).as(written.body()).isEqualTo(201);
        }

        try (Browser browser = new Browser()) {
            browser.signIn("tom.becker");
            browser.open("/posts/" + post);
            browser.find("comments");
            sleep(500);
            assertThat(browser.openDialog()).isNull();
            assertThat(browser.driver().findElements(By.cssSelector("#comments script, #comments iframe")))
                    .isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#comments article.wr-comment")))
                    .as("fifty comments a page")
                    .hasSize(50);
            browser.click("nextPage");
            browser.waiting().until(driver -> driver.getCurrentUrl().contains("page=1"));
            sleep(500);
            assertThat(browser.openDialog()).isNull();
            assertThat(browser.driver().findElements(By.cssSelector("#comments article.wr-comment")))
                    .hasSize(payloads.size() - 50);
        }
    }

    /** Whether the image was fetched and decoded, not only put into the page. */
    private static boolean loaded(Browser browser, String selector) {
        return browser.waiting().until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript(
                        "var i = document.querySelector(arguments[0]);"
                                + " return i !== null && i.complete && i.naturalWidth > 0;",
                        selector));
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
