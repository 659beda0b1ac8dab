package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Following in Chromium: a person followed on his profile, his new post (with a hostile title and body from
 * ../shared/testdata/xss/) in the follower's stream on the home page, shown as text, narrowed by kind; unfollowed on
 * the page of what one follows, and gone again. A tag followed on its page.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityJourneyIT {

    private static final Path XSS = Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "xss");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void followAPersonAndSeeTheirNewPostInTheStream() throws IOException, InterruptedException {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String title = "<img src=x onerror=alert('stream')> Quartalszahlen " + word;
        String body =
                Files.readAllLines(XSS.resolve("owasp/owasp_xss_filter_evasion.txt"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .limit(20)
                        .reduce("", (text, line) -> text + line + "\n\n");

        try (Browser browser = new Browser()) {
            browser.signIn("marie.becker");
            browser.open("/people/paul.ali");
            WebElement follow = browser.find("follow");
            assertThat(follow.getText()).isEqualTo("Follow");
            assertThat(follow.getDomAttribute("aria-pressed")).isEqualTo("false");
            follow.click();
            browser.waitForText("You follow Paul Ali now");
            assertThat(browser.url()).endsWith("/people/paul.ali");
            assertThat(browser.find("follow").getText()).isEqualTo("Following");
            assertThat(browser.find("follow").getDomAttribute("aria-pressed")).isEqualTo("true");

            long post = ActivityStreamIT.publish(Api.as("paul.ali"), title, body, null, "quartal-" + word);

            browser.click("navHome");
            WebElement line = browser.find("streamItems")
                    .findElement(By.xpath(".//a[contains(@class,'wr-list-title') and contains(., '" + word + "')]"));
            assertThat(line.getText()).isEqualTo(title);
            assertThat(line.getDomAttribute("href")).endsWith("/posts/" + post);
            Thread.sleep(500);
            assertThat(browser.openDialog()).isNull();
            WebElement item = line.findElement(By.xpath("./ancestor::li"));
            assertThat(item.getText()).contains("Paul Ali published a post");
            assertThat(item.findElements(By.cssSelector("script, img, iframe"))).isEmpty();

            // narrowed by kind
            browser.click("stream-posts");
            assertThat(browser.url()).endsWith("/?type=posts");
            assertThat(browser.find("stream-posts").getDomAttribute("aria-current"))
                    .isEqualTo("page");
            assertThat(browser.find("streamItems").getText()).contains(title);
            browser.click("stream-members");
            assertThat(browser.pageText()).doesNotContain(title);

            line = browser.open("/")
                    .find("streamItems")
                    .findElement(By.xpath(".//a[contains(@class,'wr-list-title') and contains(., '" + word + "')]"));
            line.click();
            assertThat(browser.find("postTitle").getText()).isEqualTo(title);

            // unfollowed on the page of what she follows: his post leaves her stream
            browser.open("/following");
            assertThat(browser.find("followedPeople").getText()).contains("Paul Ali");
            browser.driver()
                    .findElement(By.cssSelector("#followedPeople button[name='unfollowPerson'][value='paul.ali']"))
                    .click();
            browser.waitForText("You no longer follow Paul Ali.");
            assertThat(browser.driver().findElements(By.cssSelector("#followedPeople li")).stream()
                            .map(WebElement::getText))
                    .noneMatch(text -> text.contains("Paul Ali"));
            browser.open("/");
            browser.find("stream");
            assertThat(browser.pageText()).doesNotContain(title);
        }
    }

    @Test
    void aTagFollowedOnItsPageBringsItsPosts() throws IOException {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String tag = "ernte-" + word;
        try (Browser browser = new Browser()) {
            browser.signIn("elias.lange");
            browser.open("/tags/" + tag);
            browser.click("follow");
            browser.waitForText("You follow " + tag + " now");
            assertThat(browser.find("follow").getDomAttribute("aria-pressed")).isEqualTo("true");
            ActivityStreamIT.publish(Api.as("finn.schwarz"), "Erntebericht " + word, "Reiche Ernte.", null, tag);
            browser.open("/?type=posts");
            assertThat(browser.find("streamItems").getText())
                    .contains("Erntebericht " + word)
                    .contains("Reiche Ernte.");

            // and on the page of what he follows, a tag followed by name
            browser.open("/following");
            assertThat(browser.find("followedTags").getText()).contains(tag);
            browser.type("followTag", "Weinlese " + word);
            browser.click("followTagButton");
            browser.waitForText("You follow weinlese-" + word + " now");
            assertThat(browser.find("followedTags").getText()).contains("weinlese-" + word);
            browser.type("followTag", " ");
            browser.click("followTagButton");
            browser.waitForText("A tag has 1 to 64 characters.");
        }
    }
}
