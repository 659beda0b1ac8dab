package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Mentions and the bell in Chromium: a reader types "@ann" in a comment, the people who match are offered below the
 * field, Enter takes Anna; Anna's bell counts it, her notifications page says who mentioned her where (a hostile title
 * shown as text), and opening it empties the bell of it.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aMentionTypedAheadReachesTheBellAndTheNotificationsPage() throws IOException, InterruptedException {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String title = "<svg onload=alert('bell')> Kantinenplan " + word;
        long post = ActivityStreamIT.publish(Api.as("anna.schmidt"), title, "Was meint ihr?", null);
        // Anna's own unread lines before: leadership updates and whatever the other tests told her
        int before = Api.as("anna.schmidt")
                .get("/api/notifications")
                .json()
                .get("unread")
                .asInt();

        try (Browser ben = new Browser()) {
            ben.signIn("ben.carter");
            ben.open("/posts/" + post);
            ben.type("commentText", "Danke @anna.sch");
            WebElement option = ben.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("#commentText_mentions [role=option][aria-selected=true]")));
            assertThat(option.getText()).contains("Anna Schmidt");
            assertThat(ben.find("commentText").getDomAttribute("aria-activedescendant"))
                    .isEqualTo(option.getDomAttribute("id"));
            ben.find("commentText").sendKeys(Keys.ENTER);
            assertThat(ben.find("commentText").getDomProperty("value")).isEqualTo("Danke @anna.schmidt ");
            assertThat(ben.driver().findElement(By.id("commentText_mentions")).isDisplayed())
                    .isFalse();
            ben.find("commentText").sendKeys("für die Idee");
            ben.click("sendComment");
            ben.waitForText("Danke @anna.schmidt für die Idee");
            WebElement mention = ben.driver().findElement(By.cssSelector("a.wr-mention"));
            assertThat(mention.getDomAttribute("href")).endsWith("/people/anna.schmidt");
        }

        try (Browser anna = new Browser()) {
            anna.signIn("anna.schmidt");
            anna.open("/following");
            String counted = anna.find("notificationCount").getText();
            assertThat(counted).startsWith(Integer.toString(Math.min(before + 1, 99)));
            anna.click("notificationsLink");
            assertThat(anna.url()).endsWith("/notifications");
            WebElement line = anna.find("notificationItems")
                    .findElement(By.xpath(".//a[contains(@class,'wr-list-title') and contains(., '" + word + "')]"));
            assertThat(line.getText()).isEqualTo(title);
            assertThat(line.getDomAttribute("href")).matches(".*/posts/" + post + "#comment-\\d+");
            WebElement item = line.findElement(By.xpath("./ancestor::li"));
            assertThat(item.getText())
                    .contains("Ben Carter mentioned you in the post")
                    .startsWith("NEW")
                    .contains("Danke @anna.schmidt für die Idee");
            assertThat(item.findElements(By.cssSelector("script, svg, img, iframe")))
                    .isEmpty();
            Thread.sleep(300);
            assertThat(anna.openDialog()).isNull();

            // seen: the bell no longer counts it, the line stays without "new"
            anna.open("/notifications");
            int after = anna.driver().findElements(By.id("notificationCount")).isEmpty()
                    ? 0
                    : Integer.parseInt(anna.find("notificationCount").getText().replaceAll("\\D.*", ""));
            assertThat(after).isLessThanOrEqualTo(before);
            item = anna.find("notificationItems")
                    .findElement(By.xpath(".//a[contains(., '" + word + "')]/ancestor::li"));
            assertThat(item.getText()).startsWith("Ben Carter");
        }
        assertThat(Api.as("anna.schmidt").delete("/api/posts/" + post).status()).isEqualTo(204);
    }

    @Test
    void whatComesByMailIsChosenOnItsPage() throws IOException {
        try (Browser lea = new Browser()) {
            lea.signIn("lea.krause");
            lea.open("/notifications");
            lea.click("mailSettingsLink");
            assertThat(lea.url()).endsWith("/settings/mail");
            assertThat(lea.find("repliesByMail").getText())
                    .as("the test server takes replies by mail")
                    .contains("write above the marked line, and your answer appears as your comment");
            WebElement likes = lea.driver().findElement(By.cssSelector("#mailFrequencies select[data-kind='LIKE']"));
            assertThat(new Select(likes).getFirstSelectedOption().getText()).isEqualTo("Never");
            new Select(likes).selectByVisibleText("Weekly digest");
            new Select(lea.find("mailLanguage")).selectByValue("en");
            lea.click("saveMailSettings");
            lea.waitForText("Your e-mail settings are saved.");
            assertThat(new Select(lea.driver().findElement(By.cssSelector("#mailFrequencies select[data-kind='LIKE']")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Weekly digest");
        }
        var settings = Api.as("lea.krause").get("/api/mail/settings").json();
        assertThat(settings.get("frequencies").get("LIKE").asText()).isEqualTo("WEEKLY");
        assertThat(settings.get("frequencies").get("MENTION").asText()).isEqualTo("IMMEDIATELY");
        assertThat(settings.get("language").asText()).isEqualTo("en");
        assertThat(Api.as("lea.krause")
                        .put("/api/mail/settings", Map.of("frequencies", Map.of("LIKE", "OFF")))
                        .status())
                .isEqualTo(200);
    }
}
