package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The indexer cannot stall: a document that cannot be built fails alone and is set aside for admins, who see its
 * error and retry it; a full reindex runs while search keeps answering, and loses no change made meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
class SearchAdministrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    /**
     * The header's menu names the admin pages for those the policy lets in, on every page, whoever looked at the same
     * page before (the menu is rendered once for each kind of menu and given again).
     */
    @Test
    void theAdminMenuIsForAdminsAlone() {
        PageSession lena = PageSession.signIn("lena.vogel", Api.DEMO_PASSWORD);
        PageSession ben = PageSession.signIn("ben.carter", Api.DEMO_PASSWORD);
        for (String page : List.of("/", "/people", "/", "/communities")) {
            assertThat(lena.get(page).body())
                    .as("an admin's menu on " + page)
                    .contains("id=\"navAdminImport\"")
                    .contains("id=\"navAdminSearch\"")
                    .contains("id=\"navHome\"");
            assertThat(ben.get(page).body())
                    .as("everybody else's on " + page)
                    .doesNotContain("navAdminImport")
                    .doesNotContain("navAdminSearch")
                    .contains("id=\"navHome\"");
        }
    }

    @Test
    void aPoisonedRowDoesNotDelayAHundredGoodOnesAndIsSetAsideForAdmins() {
        Api lena = Api.as("lena.vogel");
        Api fast = Api.bearer(lena.post("/api/people/me/tokens", Map.of("name", "bulk"))
                .json()
                .get("secret")
                .asText());
        String poison = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        Database.execute(
                "insert into search_outbox (document_type, document_id) values ('COMMUNITY', '" + poison + "')");
        String marker = "Giftprobe" + UUID.randomUUID().toString().substring(0, 8);

        for (int i = 0; i < 100; i++) {
            Api.Reply created = fast.post(
                    "/api/communities",
                    Map.of("name", marker + " " + i, "description", "", "type", "PUBLIC", "tags", List.of()));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Search.total(lena, marker) < 100) {
            assertThat(Instant.now()).as("100 good documents indexed in time").isBefore(deadline);
            Search.sleep(250);
        }
        JsonNode setAside = outboxUntil(lena, status -> find(status, poison) != null, Duration.ofSeconds(60));
        JsonNode row = find(setAside, poison);
        assertThat(row.get("failures").asInt()).isEqualTo(5);
        assertThat(row.get("lastError").asText()).contains("could not be built").contains(poison);
        assertThat(Api.as("jonas.meyer").get("/api/admin/search/outbox").status())
                .as("admins only")
                .isEqualTo(403);

        assertThat(lena.post("/api/admin/search/outbox/" + row.get("id").asLong() + "/retry", "")
                        .status())
                .isEqualTo(204);
        assertThat(find(lena.get("/api/admin/search/outbox").json(), poison))
                .as("back in the queue")
                .isNull();
        JsonNode again = outboxUntil(lena, status -> find(status, poison) != null, Duration.ofSeconds(60));
        assertThat(find(again, poison).get("failures").asInt())
                .as("a fresh round of attempts")
                .isEqualTo(5);

        HttpResponse<String> page =
                PageSession.signIn("lena.vogel", Api.DEMO_PASSWORD).get("/admin/search");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(poison);
        assertThat(PageSession.signIn("jonas.meyer", Api.DEMO_PASSWORD)
                        .get("/admin/search")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFullReindexKeepsSearchAnsweringAndLosesNoChangeMadeMeanwhile() {
        Api lena = Api.as("lena.vogel");
        Api jonas = Api.as("jonas.meyer");
        assertThat(jonas.post("/api/admin/search/reindex", "").status()).isEqualTo(403);
        assertThat(Search.hits(jonas, "Social Media Guidelines").toString()).contains("Social Media Guidelines");

        Api.Reply started = lena.post("/api/admin/search/reindex", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long reindexId = started.json().get("id").asLong();

        List<String> namesCreatedMeanwhile = new ArrayList<>();
        int searches = 0;
        JsonNode progress = lena.get("/api/admin/search/reindex").json();
        while (progress.get("state").asText().equals("RUNNING")) {
            assertThat(Search.hits(jonas, "Social Media Guidelines").toString())
                    .as("search answers from the old indices while the new ones are built")
                    .contains("Social Media Guidelines");
            searches++;
            String name = "Neuindex " + UUID.randomUUID().toString().substring(0, 8);
            assertThat(jonas.post(
                                    "/api/communities",
                                    Map.of("name", name, "description", "", "type", "PUBLIC", "tags", List.of()))
                            .status())
                    .isEqualTo(201);
            namesCreatedMeanwhile.add(name);
            progress = lena.get("/api/admin/search/reindex").json();
        }

        assertThat(progress.get("id").asLong()).isEqualTo(reindexId);
        assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("DONE");
        assertThat(progress.get("documentsTotal").asLong()).isGreaterThanOrEqualTo(60);
        assertThat(progress.get("documentsDone").asLong())
                .isEqualTo(progress.get("documentsTotal").asLong());
        assertThat(Search.hits(jonas, "Social Media Guidelines").toString()).contains("Social Media Guidelines");
        for (String name : namesCreatedMeanwhile) {
            Search.until(jonas, name, hits -> hits.toString().contains(name), Duration.ofSeconds(30));
        }
        System.out.printf(
                "reindex %d: %d documents, %d searches and creations while it ran%n",
                reindexId, progress.get("documentsTotal").asLong(), searches);
    }

    private static JsonNode outboxUntil(Api admin, Predicate<JsonNode> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode status = admin.get("/api/admin/search/outbox").json();
        while (!condition.test(status)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("outbox after " + timeout + ": " + status);
            }
            Search.sleep(500);
            status = admin.get("/api/admin/search/outbox").json();
        }
        return status;
    }

    private static JsonNode find(JsonNode status, String documentId) {
        for (JsonNode row : status.get("setAside")) {
            if (row.get("documentId").asText().equals(documentId)) {
                return row;
            }
        }
        return null;
    }
}
