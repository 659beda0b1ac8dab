package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Profiles: the org chart around a person, editing one's own profile, and finding people by expertise. */
@ExtendWith(ArquillianExtension.class)
class ProfileIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    private static Map<String, Object> update(JsonNode profile, String bio, String linkedin) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", profile.get("version").asLong());
        body.put("title", profile.get("title").asText());
        body.put("location", profile.get("location").asText());
        body.put("bio", bio);
        body.put("linkedinUrl", linkedin);
        body.put("expertise", List.of("wildfly", "Quantenkryptografie"));
        return body;
    }

    @Test
    void profileShowsManagerChainToTheTopAndDirectReports() {
        JsonNode jonas = Api.as("emma.fischer").get("/api/people/me").json().get("managerChain");
        assertThat(jonas.findValuesAsText("login"))
                .containsExactly("jonas.meyer", "elif.yilmaz", "ben.carter", "anna.schmidt");

        JsonNode ben = Api.as("emma.fischer")
                .get("/api/people?name=Ben%20Carter")
                .json()
                .get("items")
                .get(0);
        JsonNode reports = Api.as("emma.fischer")
                .get("/api/people/" + ben.get("id").asLong())
                .json()
                .get("directReports");
        assertThat(reports.findValuesAsText("login")).containsExactlyInAnyOrder("elif.yilmaz", "felix.wagner");
    }

    @Test
    void homeListsTheManagerAndTheDirectReportsByName() {
        String home =
                PageSession.signIn("jonas.meyer", Api.DEMO_PASSWORD).get("/").body();
        String colleagues = home.substring(home.indexOf("id=\"colleagues\""));
        colleagues = colleagues.substring(0, colleagues.indexOf("</ul>"));

        // Elif Yilmaz manages Jonas, Emma Fischer reports to him; the list is by name, without himself
        assertThat(colleagues).contains("/people/elif.yilmaz", "/people/emma.fischer");
        assertThat(colleagues.indexOf("/people/elif.yilmaz")).isLessThan(colleagues.indexOf("/people/emma.fischer"));
        assertThat(colleagues).doesNotContain("/people/jonas.meyer\"");
    }

    @Test
    void ownProfileIsEditedAndStaleVersionIsAConflictNotAnOverwrite() {
        Api tom = Api.as("tom.becker");
        JsonNode before = tom.get("/api/people/me").json();
        long id = before.get("id").asLong();

        Api.Reply saved = tom.put(
                "/api/people/" + id,
                update(before, "Betreibt unsere Server.", "https://www.linkedin.com/in/tom-becker"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("expertise").toString()).contains("quantenkryptografie");

        Api.Reply stale = tom.put("/api/people/" + id, update(before, "Alter Stand", null));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(tom.get("/api/people/me").json().get("bio").asText()).isEqualTo("Betreibt unsere Server.");

        JsonNode hits = Search.until(
                Api.as("emma.fischer"), "Quantenkryptografie", found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(hits.findValuesAsText("title")).contains("Tom Becker");
    }

    @Test
    void someoneElsesProfileCannotBeEditedAndBadLinksAreRefused() {
        JsonNode tom = Api.as("tom.becker").get("/api/people/me").json();
        Api emma = Api.as("emma.fischer");

        assertThat(tom.get("editable").asBoolean()).isTrue();
        assertThat(emma.get("/api/people/" + tom.get("id").asLong())
                        .json()
                        .get("editable")
                        .asBoolean())
                .isFalse();
        assertThat(Api.as("lena.vogel")
                        .get("/api/people/" + tom.get("id").asLong())
                        .json()
                        .get("editable")
                        .asBoolean())
                .isTrue();

        Api.Reply foreign = emma.put("/api/people/" + tom.get("id").asLong(), update(tom, "gekapert", null));
        assertThat(foreign.status()).isEqualTo(403);

        JsonNode me = emma.get("/api/people/me").json();
        Api.Reply badLink = emma.put("/api/people/" + me.get("id").asLong(), update(me, "x", "javascript:alert(1)"));
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.json().get("errors").findValuesAsText("field")).containsExactly("linkedinUrl");
    }
}
