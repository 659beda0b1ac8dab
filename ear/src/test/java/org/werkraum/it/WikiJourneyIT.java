package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Wikis in Chromium: a wiki created on its page, a page and a page below it with breadcrumbs; two people edit the
 * same page in two browsers, the second save shows what was saved meanwhile and the merge while his text stays in
 * the editor, and after he resolves it both contributions are in the history. Hostile titles and texts run nothing.
 */
@ExtendWith(ArquillianExtension.class)
class WikiJourneyIT {

    private static final Path XSS = Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "xss");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void twoPeopleEditOnePageAndNeitherLosesAWord() throws Exception {
        String name = "Teamhandbuch " + UUID.randomUUID().toString().substring(0, 8);
        String payloads = String.join(
                "\n\n",
                Files.readAllLines(XSS.resolve("owasp/owasp_xss_filter_evasion.txt"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .limit(40)
                        .toList());
        long wiki;
        long page;
        try (Browser jonas = new Browser()) {
            jonas.signIn("jonas.meyer");
            jonas.click("navWikis");
            jonas.click("newWiki");
            jonas.type("wikiName", name);
            jonas.type("wikiDescription", "Wie wir arbeiten.");
            jonas.click("createWiki");
            jonas.waitForText("The wiki is created.");
            assertThat(jonas.find("wikiName").getText()).isEqualTo(name);
            wiki = Long.parseLong(jonas.url().replaceAll(".*/wikis/(\\d+).*", "$1"));

            jonas.click("newWikiPage");
            jonas.type("pageTitleInput", "Urlaub");
            setText(jonas, "pageText", "# Urlaub\n\nAnträge bis zum 15. Januar.\n\nVertretung klären.\n");
            jonas.click("savePage");
            jonas.waitForText("The page is saved.");
            assertThat(jonas.find("pageTitle").getText()).isEqualTo("Urlaub");
            assertThat(jonas.find("pageRevision").getText()).startsWith("Revision 1");
            page = Long.parseLong(jonas.url().replaceAll(".*/pages/(\\d+).*", "$1"));

            // a page below, with a hostile title and text
            jonas.click("newSubpage");
            jonas.type("pageTitleInput", "<img src=x onerror=alert('titel')> Sonderurlaub");
            setText(jonas, "pageText", "Bei **Umzug** ein Tag.\n\n" + payloads);
            jonas.click("savePage");
            jonas.waitForText("The page is saved.");
            Search.sleep(300);
            assertThat(jonas.openDialog()).isNull();
            assertThat(jonas.find("pageTitle").getText()).isEqualTo("<img src=x onerror=alert('titel')> Sonderurlaub");
            assertThat(jonas.find("pageBody").findElement(By.tagName("strong")).getText())
                    .isEqualTo("Umzug");
            assertThat(jonas.driver().findElements(By.cssSelector("#pageBody script, #pageBody iframe")))
                    .isEmpty();
            List<String> crumbs = jonas.find("breadcrumbs").findElements(By.tagName("li")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(crumbs).hasSize(3);
            assertThat(crumbs.get(0)).isEqualTo(name);
            assertThat(crumbs.get(1)).endsWith("Urlaub");
            assertThat(crumbs.get(2)).endsWith("Sonderurlaub");
        }
        try (Browser lena = new Browser()) {
            lena.signIn("lena.vogel");
            lena.open("/pages/" + page);
            assertThat(lena.driver().findElements(By.id("editPage")))
                    .as("a reader sees no edit link")
                    .isEmpty();
            lena.open("/pages/" + page + "/edit");
            lena.waitForText("Only the wiki’s editors write its pages.");
        }
        assertThat(Api.as("jonas.meyer")
                        .put("/api/wikis/" + wiki + "/people/lena.vogel", Map.of("role", "EDITOR"))
                        .status())
                .isEqualTo(204);

        try (Browser jonas = new Browser();
                Browser lena = new Browser()) {
            jonas.signIn("jonas.meyer");
            lena.signIn("lena.vogel");
            jonas.open("/pages/" + page + "/edit");
            lena.open("/pages/" + page + "/edit");
            assertThat(lena.find("editWiki").getText()).contains("started from revision 1");
            // each sees the other in the editor before their edits meet: Lena at once, Jonas with his next beat
            assertThat(lena.find("presenceNote").getText()).contains("Jonas Meyer");
            assertThat(jonas.find("presenceNote").getText()).contains("Lena Vogel");

            setText(jonas, "pageText", "# Urlaub\n\nAnträge bis zum 31. Januar.\n\nVertretung klären.\n");
            jonas.type("pageComment", "Frist verlängert");
            jonas.click("savePage");
            jonas.waitForText("Saved as revision 2.");

            String lenas = "# Urlaub\n\nAnträge bis zum 1. Februar.\n\nVertretung klären.\n";
            setText(lena, "pageText", lenas);
            lena.click("savePage");
            lena.waitForText("Someone saved the page meanwhile (now revision 2)");
            assertThat(lena.find("pageText").getAttribute("value"))
                    .as("her text stays in the editor")
                    .isEqualTo(lenas);
            assertThat(lena.find("conflictCurrent").getText()).contains("Anträge bis zum 31. Januar.");
            assertThat(lena.find("conflictMerged").getText())
                    .contains("<<<<<<< yours", "Anträge bis zum 1. Februar.", "=======", "Anträge bis zum 31. Januar.");
            assertThat(lena.find("editWiki").getText()).contains("started from revision 2");

            // she resolves it: both deadlines named, hers kept for late requests
            setText(
                    lena,
                    "pageText",
                    "# Urlaub\n\nAnträge bis zum 31. Januar, verspätete bis zum 1. Februar.\n\nVertretung klären.\n");
            lena.click("savePage");
            lena.waitForText("Saved as revision 3.");
            assertThat(lena.find("pageBody").getText())
                    .contains("Anträge bis zum 31. Januar, verspätete bis zum 1. Februar.");
        }

        // the history compares any two revisions; the changed words are marked, and an old revision comes back
        try (Browser jonas = new Browser()) {
            jonas.signIn("jonas.meyer");
            jonas.open("/pages/" + page);
            jonas.click("pageHistory");
            assertThat(jonas.find("revisions").findElements(By.cssSelector("tbody tr")))
                    .hasSize(3);
            jonas.click("from-1");
            jonas.click("to-3");
            jonas.click("compare");
            assertThat(jonas.find("diffHeading").getText()).isEqualTo("Changes from revision 1 to revision 3");
            assertThat(jonas.find("diff").findElements(By.tagName("del")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactly("15");
            assertThat(jonas.find("diff").findElements(By.tagName("ins")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .as("words and the punctuation between them")
                    .containsExactly("31", ", verspätete bis zum 1", " Februar.");
            jonas.click("inline");
            assertThat(jonas.find("diffInline").findElements(By.tagName("ins"))).hasSize(3);

            jonas.open("/pages/" + page + "/revisions/1");
            assertThat(jonas.find("oldRevision").getText()).startsWith("This is revision 1 as it was saved");
            jonas.click("revert");
            jonas.waitForText("Revision 1 is the page again, as revision 4.");
            assertThat(jonas.find("pageBody").getText()).contains("Anträge bis zum 15. Januar.");
        }

        var history = Api.as("jonas.meyer")
                .get("/api/wiki-pages/" + page + "/revisions")
                .json();
        assertThat(history.get("items").get(0).get("revertedFrom").asInt()).isEqualTo(1);
        assertThat(history.get("total").asLong()).isEqualTo(4);
        assertThat(history.get("items").get(1).get("authorLogin").asText()).isEqualTo("lena.vogel");
        assertThat(history.get("items").get(2).get("authorLogin").asText()).isEqualTo("jonas.meyer");
        assertThat(history.get("items").get(2).get("comment").asText()).isEqualTo("Frist verlängert");
    }

    @Test
    void linksCreateMissingPagesAndPagesMoveGoToTheTrashAndComeBack() throws Exception {
        Api lena = Api.as("lena.vogel");
        long wiki = lena.post("/api/wikis", Map.of("name", "Reisen " + UUID.randomUUID(), "openToAll", true))
                .json()
                .get("id")
                .asLong();
        // a title written as entities reaches the link as text: it must stay text on every page
        String hostile = "<img src=x onerror=alert('link')> Belege";
        long start = lena.post(
                        "/api/wikis/" + wiki + "/pages",
                        Map.of(
                                "title",
                                "Start",
                                "markdown",
                                "Erst die [[Reisekosten]], dann [[&lt;img src=x onerror=alert('link')&gt; Belege]].\n"))
                .json()
                .get("pageId")
                .asLong();
        long template = lena.post(
                        "/api/wikis/" + wiki + "/pages",
                        Map.of("title", "Protokoll", "markdown", "## Teilnehmer\n\n## Beschlüsse\n"))
                .json()
                .get("pageId")
                .asLong();

        try (Browser browser = new Browser()) {
            browser.signIn("lena.vogel");
            browser.open("/pages/" + start);
            List<WebElement> missing = browser.find("pageBody").findElements(By.cssSelector("a.wr-missing"));
            assertThat(missing).extracting(WebElement::getText).containsExactly("Reisekosten", hostile);
            assertThat(browser.openDialog()).isNull();
            // on screen a "?", to a screen reader in words
            assertThat(missing.get(0).getAccessibleName()).isEqualTo("Reisekosten (page not written yet)");

            // the link to a page not written yet opens its form, titled and below the linking page
            missing.get(1).click();
            assertThat(browser.find("pageTitleInput").getAttribute("value")).isEqualTo(hostile);
            setText(browser, "pageText", "Alle Belege aufheben.");
            browser.click("savePage");
            browser.waitForText("The page is saved.");
            assertThat(browser.find("pageTitle").getText()).isEqualTo(hostile);
            assertThat(browser.find("breadcrumbs").getText()).contains("Start");
            assertThat(browser.find("backlinks").getText()).isEqualTo("Start");
            assertThat(browser.openDialog()).isNull();
            long receipts = Long.parseLong(browser.url().replaceAll(".*/pages/(\\d+).*", "$1"));

            // the wiki's tree shows its top; the level below a page loads when it is opened
            browser.open("/wikis/" + wiki);
            WebElement tree = browser.find("wikiPages");
            assertThat(tree.findElements(By.linkText(hostile))).isEmpty();
            tree.findElement(By.xpath(".//li[.//a[text()='Start']]//span[contains(@class, 'ui-tree-toggler')]"))
                    .click();
            browser.waiting()
                    // the AJAX update replaces the element being read
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !browser.find("wikiPages")
                            .findElements(By.linkText(hostile))
                            .isEmpty());
            browser.open("/pages/" + receipts);

            // moved to the top, then deleted into the trash, and restored by the wiki's owner
            browser.click("movePage");
            browser.type("moveParent_input", "Gibt es nicht");
            browser.click("move");
            browser.waitForText("The wiki has no page called “Gibt es nicht”.");
            browser.click("moveToTop");
            browser.click("move");
            browser.waitForText("The page is moved.");
            assertThat(browser.find("breadcrumbs").findElements(By.tagName("li")))
                    .hasSize(2);

            browser.click("deletePage");
            assertThat(browser.find("deleteQuestion").getText()).contains(hostile);
            browser.click("confirmDelete");
            browser.waitForText("is in the wiki’s trash");
            browser.open("/pages/" + start);
            assertThat(browser.find("pageBody").findElements(By.cssSelector("a.wr-missing")))
                    .extracting(WebElement::getText)
                    .containsExactly("Reisekosten", hostile);
            browser.open("/wikis/" + wiki + "/trash");
            assertThat(browser.find("trash").getText()).contains(hostile);
            browser.find("trash").findElement(By.tagName("button")).click();
            browser.waitForText("is back");
            assertThat(browser.url()).endsWith("/pages/" + receipts);
            assertThat(browser.openDialog()).isNull();

            // wanted pages lead to their form; a page offered as a template starts a new one
            browser.open("/wikis/" + wiki + "/wanted");
            assertThat(browser.find("wanted").getText()).contains("Reisekosten");
            browser.open("/pages/" + template);
            browser.click("markTemplate");
            browser.waitForText("can start from this page now");
            browser.click("newFromTemplate");
            assertThat(browser.find("pageText").getAttribute("value")).isEqualTo("## Teilnehmer\n\n## Beschlüsse\n");
            browser.open("/wikis/" + wiki + "/new");
            new Select(browser.find("pageTemplate")).selectByVisibleText("Protokoll");
            browser.waiting()
                    // the AJAX update replaces the element being read
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> browser.find("pageText").getAttribute("value").startsWith("## Teilnehmer"));

            browser.open("/pages/" + start);
            browser.click("watchPage");
            browser.waitForText("You watch this page now.");
            assertThat(browser.find("unwatchPage").isDisplayed()).isTrue();
        }
    }

    /** Markdown typed into a textarea at once, as a paste would (sendKeys types it key by key). */
    private static void setText(Browser browser, String id, String text) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(id), text);
    }
}
