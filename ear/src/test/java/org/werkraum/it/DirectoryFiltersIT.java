package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The filters of the people and communities directories, used as people use them: in a browser, the unit chosen by
 * typing part of its name. The directory pages keep no view state; a filter leads to a bookmarkable address.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryFiltersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void peopleAreFilteredByUnitLocationAndNameThroughTheForm() throws IOException {
        try (Browser clara = new Browser()) {
            clara.signIn("clara.costa").open("/people?page=2");

            // "search" is in every Research department's name too; the unit whose name starts with it comes first
            clara.type("filterOrgUnit_input", "search");
            List<String> suggested = clara
                    .waiting()
                    .until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
                            By.cssSelector("#filterOrgUnit_panel li.ui-autocomplete-item")))
                    .stream()
                    .map(item -> item.getText())
                    .toList();
            assertThat(suggested).first().isEqualTo("Search Team");
            clara.driver()
                    .findElement(By.xpath("//li[contains(@class,'ui-autocomplete-item')][.='Search Team']"))
                    .click();
            new Select(clara.find("filterLocation")).selectByVisibleText("München");
            clara.click("applyFilter");

            clara.waiting().until(ExpectedConditions.urlContains("unit="));
            assertThat(clara.url()).contains("location=M%C3%BCnchen").doesNotContain("page=");
            String list = clara.find("peopleList").getText();
            assertThat(list).contains("Lea Krause", "Marie Becker").doesNotContain("Jonas Meyer", "Noah Novak");
            assertThat(clara.find("filterOrgUnit_input").getAttribute("value")).isEqualTo("Search Team");

            clara.type("filterName", "krause");
            clara.click("applyFilter");
            clara.waiting().until(ExpectedConditions.urlContains("name=krause"));
            assertThat(clara.url()).contains("unit=", "location=");
            list = clara.find("peopleList").getText();
            assertThat(list).contains("Lea Krause").doesNotContain("Marie Becker");
        }
    }

    @Test
    void communitiesAreFilteredByTagAndOwnMembershipThroughTheForm() throws IOException {
        String tag = "kranich" + UUID.randomUUID().toString().substring(0, 6);
        String mine = "Kranich Werkstatt " + tag;
        String others = "Kranich Runde " + tag;
        assertThat(Api.as("sofia.rossi")
                        .post("/api/communities", community(mine, tag))
                        .status())
                .isEqualTo(201);
        assertThat(Api.as("tom.becker")
                        .post("/api/communities", community(others, tag))
                        .status())
                .isEqualTo(201);

        try (Browser sofia = new Browser()) {
            sofia.signIn("sofia.rossi").open("/communities");
            sofia.type("filterTag", tag);
            sofia.click("applyFilter");
            sofia.waiting().until(ExpectedConditions.urlContains("tag=" + tag));
            assertThat(sofia.find("communityList").getText()).contains(mine, others);

            sofia.driver()
                    .findElement(By.cssSelector("#filterMine .ui-chkbox-box"))
                    .click();
            sofia.click("applyFilter");
            sofia.waiting().until(ExpectedConditions.urlContains("mine=true"));
            assertThat(sofia.url()).contains("tag=" + tag);
            assertThat(sofia.find("communityList").getText()).contains(mine).doesNotContain(others);
        }
    }

    @Test
    void aNewLocationIsAChoiceOfTheFilterAtOnceAndTheDirectoryKeepsNoViewState() {
        Api karl = Api.as("karl.werner");
        JsonNode me = karl.get("/api/people/me").json();
        String location = "Lissabon " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> change = new HashMap<>();
        change.put("version", me.get("version").asLong());
        change.put("title", me.get("title").asText());
        change.put("location", location);
        change.put("expertise", List.of("search"));
        Api.Reply saved = karl.put("/api/people/" + me.get("id").asLong(), change);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        String page = PageSession.signIn("clara.costa", Api.DEMO_PASSWORD)
                .get("/people")
                .body();

        assertThat(page).contains("<option value=\"" + location + "\">" + location + "</option>");
        assertThat(page)
                .contains("name=\"jakarta.faces.ViewState\"")
                .containsPattern("id=\"[^\"]*jakarta.faces.ViewState[^\"]*\" value=\"stateless\"");
    }

    @Test
    void suggestionsAreForSignedInPeopleAndNeedTwoLetters() {
        java.net.http.HttpResponse<String> anonymous = PageSession.anonymous().get("/suggest/people?query=jonas");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(anonymous.body()).doesNotContain("jonas.meyer");

        PageSession clara = PageSession.signIn("clara.costa", Api.DEMO_PASSWORD);
        assertThat(clara.get("/suggest/people?query=j").body())
                .isEqualTo("{\"suggestions\":[],\"moreAvailable\":false}");
        assertThat(clara.get("/suggest/people?query=Jonas%20Mey").body())
                .contains("{\"label\":\"Jonas Meyer (jonas.meyer)\",\"value\":\"jonas.meyer\"}");
        assertThat(clara.get("/suggest/org-units?query=Search%20Te").body())
                .startsWith("{\"suggestions\":[{\"label\":\"Search Team\",\"value\":\"");
    }

    private static Map<String, Object> community(String name, String tag) {
        return Map.of("name", name, "description", "Vögel beobachten.", "type", "PUBLIC", "tags", List.of(tag));
    }
}
