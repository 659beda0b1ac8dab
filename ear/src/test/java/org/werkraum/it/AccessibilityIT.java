package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages of signing in, credentials and search administration pass axe-core with no serious or critical
 * violation of WCAG 2.1 A and AA, in headless Chromium, filled as people see them.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void credentialAndAdministrationPagesHaveNoSeriousViolations() throws Exception {
        long laura = Api.as("laura.kaya").get("/api/people/me").json().get("id").asLong();
        Api.as("laura.kaya").post("/api/people/me/tokens", Map.of("name", "Auswertung", "expiresInDays", 30));
        URI link = URI.create(Api.as("lena.vogel")
                .post("/api/people/" + laura + "/password-reset", "")
                .json()
                .get("link")
                .asText());
        List<String> problems = new ArrayList<>();

        try (Browser browser = new Browser()) {
            check(browser.open("/login.xhtml"), "login", problems);
            check(
                    browser.open(link.getRawPath().replaceFirst("^/werkraum", "") + "?" + link.getRawQuery()),
                    "password link",
                    problems);
            browser.signIn("laura.kaya");
            check(browser.open("/tokens.xhtml"), "tokens", problems);
            browser.type("tokenName", "Neu");
            browser.click("createToken");
            browser.find("newSecret");
            System.out.println("MESSAGES: "
                    + browser.driver()
                            .findElement(org.openqa.selenium.By.id("messages"))
                            .getAttribute("outerHTML"));
            check(browser, "tokens with a new secret", problems);
            check(browser.open("/password.xhtml"), "password", problems);
            check(browser.open("/profile.xhtml?id=" + laura), "own profile", problems);
        }
        try (Browser admin = new Browser()) {
            admin.signIn("lena.vogel");
            check(admin.open("/admin/search.xhtml"), "search administration", problems);
            check(admin.open("/profile.xhtml?id=" + laura), "profile as admin", problems);
        }

        assertThat(problems).as("serious or critical WCAG 2.1 AA violations").isEmpty();
    }

    private static void check(Browser browser, String page, List<String> problems) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                List<String> targets = rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
                problems.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + targets);
            }
        }
    }
}
