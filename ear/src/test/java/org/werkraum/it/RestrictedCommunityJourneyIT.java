package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The foundation's user journey in a real browser: an executive creates a restricted community and invites a
 * colleague; the colleague accepts and then sees it, in its page and in search; a third person gets the not-found
 * page and no search hit.
 */
@ExtendWith(ArquillianExtension.class)
class RestrictedCommunityJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void invitedColleagueSeesRestrictedCommunityAndAThirdPersonDoesNot() throws IOException {
        Properties english = bundle();
        String name = "Projekt Kranich " + UUID.randomUUID().toString().substring(0, 6);
        String communityPath;

        try (Browser anna = new Browser()) {
            anna.signIn("anna.schmidt").open("/communities/new");
            anna.type("newCommunityName", name);
            anna.type("newCommunityDescription", "Vertrauliche Vorbereitung der Standortentscheidung.");
            anna.driver()
                    .findElement(By.cssSelector("input[name='newCommunityType'][value='RESTRICTED']"))
                    .click();
            anna.click("createCommunity");
            anna.waiting().until(ExpectedConditions.urlMatches("/communities/\\d+$"));
            assertThat(anna.find("communityName").getText()).isEqualTo(name);
            communityPath = anna.url().substring(anna.url().indexOf("/communities/"));

            anna.type("inviteQuery_input", "Jonas Mey");
            anna.waiting()
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(.,'Jonas Meyer')]")))
                    .click();
            anna.click("invite");
            anna.waitForText(english.getProperty("membershipStatus.INVITED"));
        }

        try (Browser jonas = new Browser()) {
            jonas.signIn("jonas.meyer").open(communityPath);
            assertThat(jonas.find("communityName").getText()).isEqualTo(name);
            jonas.click("acceptInvitation");
            jonas.waitForText(english.getProperty("standing.MEMBER"));
            assertThat(jonas.find("membersHeading").isDisplayed()).isTrue();
            assertThat(jonas.pageText()).contains("Anna Schmidt");

            searchUntilFound(jonas, name);
        }

        try (Browser emma = new Browser()) {
            emma.signIn("emma.fischer").open(communityPath);
            assertThat(emma.pageText()).doesNotContain(name).contains(english.getProperty("error.404.title"));

            emma.open("/search?q=" + name.split(" ")[2]);
            emma.find("searchQuery");
            assertThat(emma.pageText()).doesNotContain(name);
        }
    }

    /** The indexer runs every second; reload the search page until the hit is there. */
    private static void searchUntilFound(Browser browser, String name) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            browser.open("/search?q=" + name.split(" ")[2]);
            browser.find("searchQuery");
            if (browser.pageText().contains(name)) {
                return;
            }
            assertThat(Instant.now()).as("search hit for " + name).isBefore(deadline);
        }
    }

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        Path file = Path.of(
                System.getProperty("werkraum.root", ".."),
                "web/src/main/resources/org/werkraum/web/i18n",
                "Messages.properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
