package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Communities through the REST API, as the demo people: who sees what, in the directory, on the community's own
 * resource and in search.
 */
@ExtendWith(ArquillianExtension.class)
class CommunityVisibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    private static long create(Api owner, String name, String type) {
        Api.Reply created = owner.post(
                "/api/communities",
                Map.of(
                        "name",
                        name,
                        "description",
                        "Vertrauliche Planung der Mitarbeiterinnen und Mitarbeiter",
                        "type",
                        type,
                        "tags",
                        List.of("plan")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** An invitation sent through the API by someone (an owner, or someone who may not). */
    private static Api.Reply invite(Api by, long communityId, String login) {
        return by.post("/api/communities/" + communityId + "/invitations", Map.of("personId", personId(login)));
    }

    private static long personId(String login) {
        return Api.as(login).get("/api/people/me").json().get("id").asLong();
    }

    @Test
    void anInvitationIsAnsweredOnTheHomePage() {
        Api anna = Api.as("anna.schmidt");
        String name = "Einladung " + UUID.randomUUID().toString().substring(0, 8);
        long id = create(anna, name, "RESTRICTED");
        assertThat(invite(anna, id, "greta.hoffmann").status()).isEqualTo(204);
        PageSession greta = PageSession.signIn("greta.hoffmann", Api.DEMO_PASSWORD);

        String home = greta.get("/").body();
        Matcher invited = Pattern.compile(
                        Pattern.quote(name) + ".*?<form id=\"(list:\\d+:invitation)\"", Pattern.DOTALL)
                .matcher(home);
        assertThat(invited.find())
                .as("the invitation can be answered on the home page: " + home)
                .isTrue();
        HttpResponse<String> accepted =
                greta.postForm("/", invited.group(1), Map.of(), invited.group(1) + ":acceptInvitation", null);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/werkraum/communities/" + id);
        assertThat(Api.as("greta.hoffmann")
                        .get("/api/communities/" + id)
                        .json()
                        .get("standing")
                        .asText())
                .isEqualTo("MEMBER");
        // leadership updates other tests published are answered too (dismissed), or they would keep a form
        Api.as("greta.hoffmann")
                .get("/api/posts/leadership/unread")
                .json()
                .forEach(update -> Api.as("greta.hoffmann")
                        .post("/api/posts/" + update.get("id").asLong() + "/dismiss", Map.of()));
        assertThat(greta.get("/").body())
                .as("nothing left to answer: no form, no view state kept for the home page")
                .contains(name)
                .doesNotContain("jakarta.faces.ViewState");
    }

    @Test
    void restrictedCommunityIsInvisibleToNonMembersEverywhere() {
        Api anna = Api.as("anna.schmidt");
        Api jonas = Api.as("jonas.meyer");
        Api emma = Api.as("emma.fischer");
        String name = "Strategie " + UUID.randomUUID().toString().substring(0, 8);
        long id = create(anna, name, "RESTRICTED");

        assertThat(invite(anna, id, "jonas.meyer").status()).isEqualTo(204);
        assertThat(jonas.post("/api/communities/" + id + "/invitation/accept", "")
                        .status())
                .isEqualTo(200);

        Api.Reply forEmma = emma.get("/api/communities/" + id);
        assertThat(forEmma.status()).isEqualTo(404);
        assertThat(forEmma.contentType()).startsWith("application/problem+json");
        assertThat(emma.get("/api/communities/" + id + "/members").status()).isEqualTo(404);
        assertThat(emma.post("/api/communities/" + id + "/join", "").status()).isEqualTo(404);
        assertThat(emma.get("/api/communities?size=100&name=" + name.split(" ")[1])
                        .json()
                        .get("items"))
                .isEmpty();

        JsonNode forJonas = Search.until(jonas, name.split(" ")[1], hits -> !hits.isEmpty(), Duration.ofSeconds(30));
        assertThat(forJonas.toString()).contains(name);
        assertThat(Search.hits(emma, name.split(" ")[1])).isEmpty();
        assertThat(Search.hits(emma, "Vertrauliche Planung"))
                .noneMatch(hit -> hit.toString().contains(name));
    }

    @Test
    void moderatedCommunityTakesRequestsThatOwnersAccept() {
        Api felix = Api.as("felix.wagner");
        Api noah = Api.as("noah.braun");
        long id = create(felix, "Ideen " + UUID.randomUUID().toString().substring(0, 8), "MODERATED");

        JsonNode requested = noah.post("/api/communities/" + id + "/join", "").json();
        assertThat(requested.get("standing").asText()).isEqualTo("REQUESTED");
        assertThat(noah.post("/api/communities/" + id + "/join", "").status()).isEqualTo(409);
        Api.Reply members = noah.get("/api/communities/" + id + "/members");
        assertThat(members.status()).as(members.body()).isEqualTo(200);
        assertThat(members.json().get("items").findValuesAsText("login")).containsExactly("felix.wagner");
        assertThat(members.json().toString()).doesNotContain("noah.braun");

        assertThat(felix.post("/api/communities/" + id + "/requests/" + personId("noah.braun") + "/accept", "")
                        .status())
                .isEqualTo(204);

        assertThat(noah.get("/api/communities/" + id).json().get("standing").asText())
                .isEqualTo("MEMBER");
    }

    @Test
    void publicCommunityIsJoinedAtOnceAndTheLastOwnerCannotLeave() {
        Api mia = Api.as("mia.schulz");
        Api paul = Api.as("paul.neumann");
        long id = create(mia, "Offen " + UUID.randomUUID().toString().substring(0, 8), "PUBLIC");

        assertThat(paul.post("/api/communities/" + id + "/join", "")
                        .json()
                        .get("standing")
                        .asText())
                .isEqualTo("MEMBER");

        Api.Reply lastOwnerLeaves = mia.delete("/api/communities/" + id + "/membership");
        assertThat(lastOwnerLeaves.status()).isEqualTo(409);
        assertThat(lastOwnerLeaves.json().get("code").asText()).isEqualTo("error.community.lastOwner");

        assertThat(mia.post("/api/communities/" + id + "/owners", Map.of("personId", personId("paul.neumann")))
                        .status())
                .isEqualTo(204);
        assertThat(mia.delete("/api/communities/" + id + "/membership").status())
                .isEqualTo(204);
        assertThat(paul.get("/api/communities/" + id).json().get("standing").asText())
                .isEqualTo("OWNER");
    }

    @Test
    void onlyOwnersManageMembers() {
        Api mia = Api.as("mia.schulz");
        long id = create(mia, "Nur Eigentümer " + UUID.randomUUID().toString().substring(0, 8), "PUBLIC");
        Api paul = Api.as("paul.neumann");
        paul.post("/api/communities/" + id + "/join", "");

        Api.Reply invite = invite(paul, id, "quinn.fischer");

        assertThat(invite.status()).isEqualTo(403);
        assertThat(invite.json().get("code").asText()).isEqualTo("error.community.ownersOnly");
    }

    @Test
    void badCommunityInputIsRefusedWithFieldErrorsAndNothingSaved() {
        Api mia = Api.as("mia.schulz");

        Api.Reply noName = mia.post("/api/communities", Map.of("description", "x", "type", "PUBLIC"));
        Api.Reply noType = mia.post("/api/communities", Map.of("name", "Ohne Typ"));
        Api.Reply broken = mia.post("/api/communities", "{\"name\": ");

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").toString()).contains("name");
        assertThat(noType.status()).isEqualTo(400);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(mia.get("/api/communities?name=Ohne%20Typ")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void aRestrictedCommunitysNameAnswersLikeAnUnusedNameToOutsiders() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String secret = "Leitungskreis " + suffix;
        String otherSecret = "Aufsichtsrat " + suffix;
        create(Api.as("anna.schmidt"), secret, "RESTRICTED");
        create(Api.as("anna.schmidt"), otherSecret, "RESTRICTED");
        Api emma = Api.as("emma.fischer");

        Api.Reply sameName = emma.post(
                "/api/communities", Map.of("name", secret, "description", "", "type", "PUBLIC", "tags", List.of()));
        Api.Reply unusedName = emma.post(
                "/api/communities",
                Map.of("name", "Unbenutzt " + suffix, "description", "", "type", "PUBLIC", "tags", List.of()));

        assertThat(sameName.status())
                .as(sameName.body())
                .isEqualTo(unusedName.status())
                .isEqualTo(201);
        long renamed = unusedName.json().get("id").asLong();
        Api.Reply rename = emma.put(
                "/api/communities/" + renamed,
                Map.of(
                        "version",
                        unusedName.json().get("version").asLong(),
                        "name",
                        otherSecret.toUpperCase(),
                        "description",
                        "",
                        "type",
                        "PUBLIC",
                        "tags",
                        List.of()));
        assertThat(rename.status())
                .as("a rename answers the same: " + rename.body())
                .isEqualTo(200);

        Api.Reply seenName = Api.as("jonas.meyer")
                .post(
                        "/api/communities",
                        Map.of("name", secret, "description", "", "type", "PUBLIC", "tags", List.of()));
        assertThat(seenName.status()).as("a name the caller can see is taken").isEqualTo(400);
        assertThat(seenName.json().get("code").asText()).isEqualTo("error.community.nameTaken");
    }

    @Test
    void anAdminOnlyInvitedToARestrictedCommunityCannotManageIt() {
        Api anna = Api.as("anna.schmidt");
        Api lena = Api.as("lena.vogel");
        long id =
                create(anna, "Vorstandsklausur " + UUID.randomUUID().toString().substring(0, 8), "RESTRICTED");
        assertThat(invite(anna, id, "lena.vogel").status()).isEqualTo(204);

        JsonNode invited = lena.get("/api/communities/" + id).json();
        assertThat(invited.get("canManage").asBoolean()).isFalse();
        assertThat(invite(lena, id, "paul.neumann").status()).isEqualTo(403);
        assertThat(lena.get("/api/communities/" + id + "/members").status()).isEqualTo(404);

        assertThat(lena.post("/api/communities/" + id + "/invitation/accept", "")
                        .status())
                .isEqualTo(200);
        assertThat(lena.get("/api/communities/" + id).json().get("canManage").asBoolean())
                .as("as a member, an admin manages it")
                .isTrue();
    }
}
