package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In a real browser: a person makes a personal access token on his tokens page, uses it, revokes it, and changes
 * his password; token names from the XSS payload lists show as text and run nowhere; no page breaks the Content
 * Security Policy.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialsJourneyIT {

    private static final Path XSS = Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "xss");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aPersonMakesUsesAndRevokesATokenAndChangesHisPasswordOnThePages() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("chen.zimmermann");
            browser.click("navProfile");
            browser.click("tokensLink");
            browser.type("tokenName", "Berichte <b>fett</b>");
            browser.click("createToken");

            String secret = browser.find("newSecret").getAttribute("value");
            assertThat(secret).startsWith("wrk_");
            assertThat(browser.pageText()).contains("Berichte <b>fett</b>");
            assertThat(Api.bearer(secret)
                            .get("/api/people/me")
                            .json()
                            .get("login")
                            .asText())
                    .isEqualTo("chen.zimmermann");

            browser.driver()
                    .findElement(By.cssSelector("#tokenList input[type=submit]"))
                    .click();
            browser.waitForText("The token has been revoked.");
            assertThat(Api.bearer(secret).get("/api/people/me").status()).isEqualTo(401);

            browser.open("/account/password");
            browser.type("currentPassword", Api.DEMO_PASSWORD);
            browser.type("newPassword", "Chens neues langes Passwort");
            browser.type("repeatedPassword", "Chens neues langes Passwort");
            browser.click("changePassword");
            browser.waitForText("Your password has been changed.");
            assertThat(Api.as("chen.zimmermann", "Chens neues langes Passwort")
                            .get("/api/people/me")
                            .status())
                    .isEqualTo(200);

            assertThat(browser.cspViolations())
                    .as("Content Security Policy violations")
                    .isEmpty();
        }
    }

    /**
     * Every payload of BLNS's script injection list and the OWASP filter evasion list that fits a token name (100
     * characters) becomes a token name, spread over people (50 tokens each at most); their tokens pages show every
     * name as text and open no dialog.
     */
    @Test
    void xssPayloadsAsTokenNamesRunNowhere() throws IOException {
        List<String> payloads = new ArrayList<>();
        for (Path file : List.of(
                XSS.resolve("blns/blns_script_injection.txt"), XSS.resolve("owasp/owasp_xss_filter_evasion.txt"))) {
            Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && line.strip().length() <= 100)
                    .forEach(payloads::add);
        }
        assertThat(payloads).hasSizeGreaterThan(200);
        List<String> people = List.of(
                "priya.lehmann",
                "mateo.sharma",
                "zoe.jensen",
                "karl.werner",
                "jan.maier",
                "nina.dubois",
                "omar.rossi",
                "aylin.koch");
        int perPerson = 45;
        assertThat(people.size() * perPerson).isGreaterThanOrEqualTo(payloads.size());

        try (Browser browser = new Browser()) {
            for (int p = 0; p * perPerson < payloads.size(); p++) {
                String login = people.get(p);
                List<String> mine = payloads.subList(p * perPerson, Math.min(payloads.size(), (p + 1) * perPerson));
                Api person = Api.bearer(Api.as(login)
                        .post("/api/people/me/tokens", Map.of("name", "bulk"))
                        .json()
                        .get("secret")
                        .asText());
                for (String payload : mine) {
                    Api.Reply created = person.post("/api/people/me/tokens", Map.of("name", payload));
                    boolean control = payload.chars().anyMatch(Character::isISOControl);
                    assertThat(created.status())
                            .as(payload + ": " + created.body())
                            .isEqualTo(control ? 400 : 201);
                }

                browser.driver().manage().deleteAllCookies();
                browser.signIn(login);
                browser.open("/account/tokens");
                browser.find("tokenList");
                assertThat(browser.openDialog())
                        .as("a dialog opened for " + login)
                        .isNull();
                List<String> shown = browser.driver().findElements(By.cssSelector("#tokenList .wr-token-name")).stream()
                        .map(cell -> cell.getAttribute("textContent"))
                        .toList();
                for (String payload : mine) {
                    if (payload.chars().noneMatch(Character::isISOControl)) {
                        assertThat(shown).as("shown as text").contains(payload.strip());
                    }
                }
            }
            assertThat(browser.cspViolations()).isEmpty();
        }
    }
}
