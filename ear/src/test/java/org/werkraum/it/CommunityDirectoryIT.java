package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The community directory (one query for a whole page) and the policy (asked for one community) give the same
 * answer for every role, community type and standing; both match the rule written out here.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityDirectoryIT {

    private static final List<String> TYPES = List.of("PUBLIC", "MODERATED", "RESTRICTED");
    private static final List<String> STANDINGS = List.of("NONE", "REQUESTED", "INVITED", "MEMBER", "OWNER");
    /** One person per role: employee, executive, coach, moderator, admin. */
    private static final List<String> PEOPLE =
            List.of("clara.costa", "ben.carter", "sofia.rossi", "tom.becker", "lena.vogel");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void directoryAndPolicyAgreeForEveryRoleTypeAndStanding() {
        String marker = "Matrix" + UUID.randomUUID().toString().substring(0, 8);
        Api owner = Api.as("max.sato");
        Map<String, Long> communities = new LinkedHashMap<>();
        for (String type : TYPES) {
            for (String standing : STANDINGS) {
                Api.Reply created = owner.post(
                        "/api/communities",
                        Map.of("name", marker + " " + type + " " + standing, "description", "", "type", type));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                long id = created.json().get("id").asLong();
                communities.put(type + " " + standing, id);
                for (String login : PEOPLE) {
                    give(login, id, standing);
                }
            }
        }

        for (String login : PEOPLE) {
            Api person = Api.as(login);
            Set<Long> listed = new HashSet<>();
            person.get("/api/communities?size=100&name=" + marker)
                    .json()
                    .get("items")
                    .forEach(item -> listed.add(item.get("id").asLong()));
            for (String type : TYPES) {
                for (String standing : STANDINGS) {
                    long id = communities.get(type + " " + standing);
                    boolean sees = !type.equals("RESTRICTED")
                            || Set.of("INVITED", "MEMBER", "OWNER").contains(standing);
                    String as = login + " " + standing + " in " + type;
                    Api.Reply detail = person.get("/api/communities/" + id);

                    assertThat(listed.contains(id))
                            .as(as + ": in the directory")
                            .isEqualTo(sees);
                    assertThat(detail.status())
                            .as(as + ": the community itself")
                            .isEqualTo(sees ? 200 : 404);
                    if (sees) {
                        JsonNode json = detail.json();
                        assertThat(json.get("standing").asText()).as(as).isEqualTo(standing);
                    }
                }
            }
        }
    }

    private static void give(String login, long communityId, String standing) {
        if (standing.equals("NONE")) {
            return;
        }
        String role = standing.equals("OWNER") ? "OWNER" : "MEMBER";
        String status = standing.equals("OWNER") || standing.equals("MEMBER") ? "ACTIVE" : standing;
        Database.execute("insert into community_membership (community_id, person_id, role, status)"
                + " select " + communityId + ", id, '" + role + "', '" + status + "' from person where login = '"
                + login + "'");
    }
}
