package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In Chromium: a page bookmarked through the form the bookmarklet opens (its address and a hostile title), seen among
 * the reader's bookmarks, on his profile and on the page of who else keeps it; deleted again.
 */
@ExtendWith(ArquillianExtension.class)
class BookmarksJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aPageBookmarkedWithTheBookmarkletsFormShowsOnTheProfileAndAmongWhoElseKeepsIt() throws Exception {
        String address = "https://intranet.example.com/travel/" + UUID.randomUUID();
        String hostile = "<img src=x onerror=alert('bookmark')> Reiserichtlinie";
        // someone else keeps the page first
        Api.as("ben.carter").post("/api/bookmarks", Map.of("url", address, "title", "Travel policy"));

        try (Browser browser = new Browser()) {
            browser.signIn("jonas.meyer");
            browser.click("navBookmarks");
            browser.click("newBookmark");
            assertThat(browser.find("bookmarklet").getDomAttribute("href"))
                    .startsWith("javascript:location.href='http")
                    .contains("/werkraum/bookmarks/new?url='+encodeURIComponent(location.href)");

            // an address that leads nowhere for others: said at the field, nothing kept
            browser.type("bookmarkUrl", "javascript:alert(1)");
            browser.click("keepBookmark");
            browser.waitForText("Not a web address that leads somewhere for others");
            assertThat(Api.as("ben.carter")
                            .get("/api/bookmarks?person=jonas.meyer")
                            .json()
                            .get("items"))
                    .isEmpty();

            // what the bookmarklet opens on the page to keep
            browser.open("/bookmarks/new?url=" + URLEncoder.encode(address + "#costs", StandardCharsets.UTF_8)
                    + "&title=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
            assertThat(browser.find("bookmarkUrl").getAttribute("value")).isEqualTo(address + "#costs");
            assertThat(browser.find("bookmarkTitle").getAttribute("value")).isEqualTo(hostile);
            browser.type("bookmarkTags_input", "Travel,Onboarding,");
            browser.click("keepBookmark");
            browser.waitForText("kept.");
            assertThat(browser.openDialog()).isNull();
            List<WebElement> mine = browser.driver().findElements(By.cssSelector("#bookmarkList .wr-list-title"));
            assertThat(mine.get(0).getText()).isEqualTo(hostile);
            assertThat(mine.get(0).getAttribute("href")).isEqualTo(address);
            assertThat(browser.driver().findElements(By.cssSelector("#bookmarkList li:first-child .wr-tag")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactly("onboarding", "travel");

            // on his profile, and among who else keeps the page, with the one who kept it first
            browser.open("/people/jonas.meyer");
            assertThat(browser.find("profileBookmarks").getText())
                    .contains(hostile)
                    .contains("2 people");
            assertThat(browser.openDialog()).isNull();
            browser.driver()
                    .findElement(By.cssSelector("#profileBookmarks a[href*='/bookmarks/pages/']"))
                    .click();
            assertThat(browser.find("keptAddress").getText()).isEqualTo(address);
            List<String> keepers = browser.driver().findElements(By.cssSelector("#keepers .wr-list-title")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(keepers).containsExactly("Ben Carter", "Jonas Meyer");
            browser.driver().findElement(By.linkText("Ben Carter")).click();
            assertThat(browser.url()).endsWith("/people/ben.carter");
            assertThat(browser.find("profileBookmarks").getText()).contains("Travel policy");

            // deleted from his list: gone from it and from the page's people
            browser.open("/bookmarks?mine=true");
            browser.driver()
                    .findElement(By.cssSelector("#bookmarkList li:first-child button[name='deleteBookmark']"))
                    .click();
            browser.waitForText("deleted.");
            assertThat(browser.find("noBookmarks").getText()).isEqualTo("No bookmarks here yet.");
            assertThat(browser.driver().findElements(By.cssSelector("#bookmarkList li")))
                    .isEmpty();
            assertThat(Api.as("ben.carter")
                            .get("/api/bookmarks?person=jonas.meyer")
                            .json()
                            .get("items"))
                    .isEmpty();
        }
    }

    @Test
    void aPageKeptIntoACommunityFromItsPageIsListedThereWithTheCommunityNamed() throws Exception {
        String address = "https://intranet.example.com/relevance/" + UUID.randomUUID();
        long guild = Api.as("elif.yilmaz")
                .get("/api/communities?name=Search%20Guild")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        try (Browser browser = new Browser()) {
            browser.signIn("elif.yilmaz");
            browser.open("/communities/" + guild);
            browser.click("communityBookmarks");
            assertThat(browser.find("bookmarksTitle").getText()).isEqualTo("Bookmarks in Search Guild");
            browser.click("newBookmark");
            assertThat(new org.openqa.selenium.support.ui.Select(browser.find("bookmarkCommunity"))
                            .getFirstSelectedOption()
                            .getText())
                    .as("the community it was opened from")
                    .isEqualTo("Search Guild");
            browser.type("bookmarkUrl", address);
            browser.type("bookmarkTitle", "Relevance tuning notes");
            browser.click("keepBookmark");
            browser.waitForText("kept.");
            browser.open("/bookmarks?community=" + guild);
            WebElement kept = browser.find("bookmarkList").findElement(By.cssSelector("li"));
            assertThat(kept.findElement(By.cssSelector(".wr-list-title")).getText())
                    .isEqualTo("Relevance tuning notes");
            assertThat(kept.getText()).contains("in Search Guild");
            // a member of the guild sees it in the guild; the bookmark is for the guild's readers
            long id = Api.as("emma.fischer")
                    .get("/api/bookmarks?community=" + guild)
                    .json()
                    .get("items")
                    .get(0)
                    .get("id")
                    .asLong();
            assertThat(Api.as("elif.yilmaz").delete("/api/bookmarks/" + id).status())
                    .isEqualTo(204);
        }
    }

    @Test
    void aBrowsersBookmarkFileIsImportedOnItsPageWithWhatCouldNotBeReadAndExportedAgain() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("emma.fischer");
            browser.click("navBookmarks");
            browser.click("bookmarkFiles");
            browser.find("bookmarkFile")
                    .sendKeys(BookmarksIT.BOOKMARK_FILES
                            .resolve("shaarli-nbp_netscape_nested.html")
                            .toAbsolutePath()
                            .normalize()
                            .toString());
            browser.click("importBookmarks");
            browser.waitForText("What the import did");
            assertThat(browser.find("importedCount").getText()).isEqualTo("8");
            assertThat(browser.find("skippedCount").getText()).isEqualTo("0");
            assertThat(browser.find("problemCount").getText()).isEqualTo("0");

            browser.find("bookmarkFile")
                    .sendKeys(BookmarksIT.BOOKMARK_FILES
                            .resolve("shaarli-nbp_shaarli.html")
                            .toAbsolutePath()
                            .normalize()
                            .toString());
            browser.click("importBookmarks");
            browser.waitForText("Imported 5, skipped 0 kept already, 1 not readable.");
            assertThat(browser.find("importProblems").getText())
                    .contains("Kouign'amann recipes")
                    .contains("?lY47tw")
                    .contains("Not a web address that leads somewhere for others");
        }
        // the export: a file to save, with the 13 bookmarks, sent only on the page's form (the API wants a token)
        PageSession emma = PageSession.signIn("emma.fischer", "werkraum-demo");
        var exported = emma.postForm("/bookmarks/files", "exportForm", Map.of(), "exportBookmarks", null);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .contains("bookmarks.html");
        assertThat(exported.body()).startsWith("<!DOCTYPE NETSCAPE-Bookmark-file-1>");
        assertThat(exported.body().split("<DT><A ", -1)).hasSize(14);
        assertThat(exported.body()).contains("TAGS=\"folder3,folder3-1,tag3\"");
    }
}
