package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.werkraum.devservices.ElasticsearchNode;
import org.werkraum.devservices.TestServices;

/** Writes never wait for Elasticsearch, and nothing written while it is away is missing once it is back. */
@ExtendWith(ArquillianExtension.class)
class SearchCatchUpIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void communitiesCreatedWhileElasticsearchIsDownBecomeSearchableWhenItIsBack() throws IOException {
        Api sofia = Api.as("sofia.rossi");
        String marker = "ausfall" + UUID.randomUUID().toString().substring(0, 8);
        ElasticsearchNode node = TestServices.elasticsearch();
        List<String> names = new ArrayList<>();

        node.stop();
        try {
            for (int i = 1; i <= 5; i++) {
                String name = "Community " + marker + " " + i;
                Api.Reply created = sofia.post(
                        "/api/communities",
                        Map.of(
                                "name",
                                name,
                                "description",
                                "created while search is down",
                                "type",
                                i % 2 == 0 ? "MODERATED" : "PUBLIC"));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                names.add(name);
            }
            assertThat(sofia.get("/api/search?q=" + marker).status()).isEqualTo(503);
            Api.Reply ready = Api.anonymous().get("/health/ready");
            assertThat(ready.status())
                    .as("the node stays in the load balancer: " + ready.body())
                    .isEqualTo(200);
            assertThat(ready.body())
                    .contains("\"status\":\"UP\"")
                    .contains("\"search\":\"DEGRADED\"")
                    .contains("{\"name\":\"database\",\"status\":\"UP\"}")
                    .contains("{\"name\":\"elasticsearch\",\"status\":\"DOWN\"}");
            assertThat(Api.anonymous().get("/health/search").status()).isEqualTo(503);
            String page = PageSession.signIn("sofia.rossi", Api.DEMO_PASSWORD)
                    .get("/search?q=" + marker)
                    .body();
            assertThat(page).as("the search page says search is away").contains("id=\"searchUnavailable\"");
        } finally {
            node.start();
        }

        JsonNode hits = Search.until(sofia, marker, found -> found.size() == 5, Duration.ofSeconds(60));
        assertThat(hits.findValuesAsText("title")).containsExactlyInAnyOrderElementsOf(names);
    }
}
