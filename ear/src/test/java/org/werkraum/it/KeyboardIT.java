package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The header with the keyboard alone, in headless Chromium: every control is reached by Tab and shows where the focus
 * is, the language switch works with Enter, and on a phone's width the folded menu opens with Space.
 */
@ExtendWith(ArquillianExtension.class)
class KeyboardIT {

    /** The focused element's id (or its text), and whether the focus can be seen: the element or, for the menu's
     * hidden checkbox, its label with an outline. */
    private static final String FOCUS = """
            const e = document.activeElement;
            const seen = el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.opacity !== '0'; };
            let visible = seen(e);
            if (e.id === 'menuToggle') {
                const label = document.querySelector('label[for=menuToggle]');
                visible = seen(label) && getComputedStyle(label).outlineStyle !== 'none';
            }
            return (e.id || e.textContent.trim()) + '|' + visible;
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void everyHeaderControlIsReachedAndSeenAndTheLanguageSwitchWorks() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("jonas.meyer").open("/");
            browser.find("colleagues");

            List<String> focused = tabThrough(browser, "logout", 40);

            assertThat(focused)
                    .containsSubsequence(
                            "navHome|true",
                            "navPeople|true",
                            "navCommunities|true",
                            "headerSearch|true",
                            "headerSearchButton|true",
                            "navProfile|true",
                            "langDe|true",
                            "langEn|true",
                            "logout|true")
                    .allMatch(stop -> stop.endsWith("|true"))
                    .noneMatch(stop -> stop.startsWith("menuToggle"));

            browser.driver().findElement(By.id("langDe")).sendKeys(Keys.ENTER);
            browser.waiting().until(driver -> "de".equals(lang(browser)));
            assertThat(browser.find("navPeople").getText()).isEqualTo("Personen");

            browser.driver().findElement(By.id("langEn")).sendKeys(Keys.ENTER);
            browser.waiting().until(driver -> "en".equals(lang(browser)));
            assertThat(browser.find("navPeople").getText()).isEqualTo("People");
        }
    }

    @Test
    void onAPhoneTheFoldedMenuOpensWithTheKeyboard() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("jonas.meyer");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/");
            browser.find("colleagues");
            assertThat(browser.driver().findElement(By.id("navHome")).isDisplayed())
                    .isFalse();

            List<String> focused = tabThrough(browser, "menuToggle", 10);
            assertThat(focused).last().isEqualTo("menuToggle|true");

            new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("navHome")));
            List<String> opened = tabThrough(browser, "logout", 20);

            assertThat(opened.get(0)).isEqualTo("navHome|true");
            assertThat(opened).contains("langDe|true", "logout|true").allMatch(stop -> stop.endsWith("|true"));
        }
    }

    /** Presses Tab until the element with the id has the focus (or the limit is reached); returns what had it. */
    private static List<String> tabThrough(Browser browser, String lastId, int limit) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            String stop = (String) js.executeScript(FOCUS);
            stops.add(stop);
            if (stop.startsWith(lastId + "|")) {
                break;
            }
        }
        return stops;
    }

    private static String lang(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang");
    }
}
