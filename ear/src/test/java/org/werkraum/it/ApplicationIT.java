package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed application against real PostgreSQL and Elasticsearch: sign-in, health, errors. */
@ExtendWith(ArquillianExtension.class)
class ApplicationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void readinessReportsDatabaseAndElasticsearchUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + "/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .contains("{\"name\":\"database\",\"status\":\"UP\"}")
                .contains("{\"name\":\"elasticsearch\",\"status\":\"UP\"}")
                .doesNotContain("DOWN");
    }

    @Test
    void demoLoginSignsInOverBasicAuthentication() {
        Api.Reply me = Api.as("anna.schmidt").get("/api/people/me");

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        JsonNode profile = me.json();
        assertThat(profile.get("displayName").asText()).isEqualTo("Anna Schmidt");
        assertThat(profile.get("roles").toString()).contains("EXECUTIVE");
    }

    @Test
    void apiWithoutSignInAnswers401WithProblemJson() {
        Api.Reply reply = Api.anonymous().get("/api/people");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(Api.as("anna.schmidt", "wrong-password")
                        .get("/api/people/me")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void oversizedPageIsABadRequestWithProblemJson() {
        Api.Reply reply = Api.as("jonas.meyer").get("/api/people?size=1000");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asText()).contains("100");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void peopleDirectoryIsPaginatedAndCountsOnlyAsFarAsItMust() {
        JsonNode page = Api.as("jonas.meyer").get("/api/people?size=10&page=1").json();

        assertThat(page.get("items")).hasSize(10);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        // the tests' server counts at most 50 (werkraum.directory.counted-at-most); the demo directory has 60 people
        assertThat(page.get("total").asLong()).isEqualTo(50);
        assertThat(page.get("totalCapped").asBoolean()).isTrue();

        JsonNode one =
                Api.as("jonas.meyer").get("/api/people?name=Ben%20Carter").json();
        assertThat(one.get("total").asLong()).isEqualTo(1);
        assertThat(one.get("totalCapped").asBoolean()).isFalse();

        assertThat(PageSession.signIn("jonas.meyer", Api.DEMO_PASSWORD)
                        .get("/people")
                        .body())
                .contains("More than 50 people");
    }
}
