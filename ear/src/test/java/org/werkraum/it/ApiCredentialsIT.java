package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API answers real credentials only: a signed-in browser's session cookie, which another site's form would make
 * the browser send along, authorises nothing there, and API calls leave no session behind.
 */
@ExtendWith(ArquillianExtension.class)
class ApiCredentialsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    /** A state-changing call as another site's form could send it: a method, a path and a body. */
    private record Forged(String method, String path, String contentType, String body) {}

    @Test
    void aSessionCookieAloneChangesNothingThroughTheApi() {
        Api anna = Api.as("anna.schmidt");
        Api willemByBasic = Api.as("willem.huber");
        JsonNode willemBefore = willemByBasic.get("/api/people/me").json();
        long willem = willemBefore.get("id").asLong();
        String name = "Offene Runde " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = anna.post(
                "/api/communities", Map.of("name", name, "description", "", "type", "PUBLIC", "tags", List.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long community = created.json().get("id").asLong();
        String restrictedName = "Geheim " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply restricted = anna.post(
                "/api/communities",
                Map.of("name", restrictedName, "description", "", "type", "RESTRICTED", "tags", List.of()));
        long restrictedId = restricted.json().get("id").asLong();
        assertThat(anna.post("/api/communities/" + restrictedId + "/invitations", Map.of("personId", willem))
                        .status())
                .isEqualTo(204);

        PageSession browser = PageSession.signIn("willem.huber", Api.DEMO_PASSWORD);
        assertThat(browser.get("/").statusCode())
                .as("the cookie does sign him in on pages")
                .isEqualTo(200);

        String profileJson = "{\"version\":" + willemBefore.get("version").asLong() + ",\"title\":\"pwned\"}";
        List<Forged> forged = List.of(
                new Forged("POST", "/api/communities/" + community + "/join", "text/plain", ""),
                new Forged(
                        "POST", "/api/communities/" + community + "/join", "application/x-www-form-urlencoded", "a=b"),
                new Forged(
                        "POST",
                        "/api/communities",
                        "text/plain",
                        "{\"name\":\"Forged " + name + "\",\"type\":\"PUBLIC\",\"description\":\"\"}"),
                new Forged(
                        "POST",
                        "/api/communities",
                        "application/json",
                        "{\"name\":\"Forged " + name + "\",\"type\":\"PUBLIC\",\"description\":\"\"}"),
                new Forged("PUT", "/api/communities/" + community, "application/json", "{}"),
                new Forged(
                        "POST",
                        "/api/communities/" + community + "/invitations",
                        "application/json",
                        "{\"personId\":1}"),
                new Forged("POST", "/api/communities/" + restrictedId + "/invitation/accept", "text/plain", ""),
                new Forged("DELETE", "/api/communities/" + restrictedId + "/invitation", "text/plain", ""),
                new Forged("POST", "/api/communities/" + community + "/requests/1/accept", "text/plain", ""),
                new Forged("DELETE", "/api/communities/" + community + "/requests/1", "text/plain", ""),
                new Forged("DELETE", "/api/communities/" + community + "/members/1", "text/plain", ""),
                new Forged("POST", "/api/communities/" + community + "/owners", "application/json", "{\"personId\":1}"),
                new Forged("DELETE", "/api/communities/" + community + "/owners/1", "text/plain", ""),
                new Forged("DELETE", "/api/communities/" + community + "/membership", "text/plain", ""),
                new Forged("PUT", "/api/people/" + willem, "application/json", profileJson),
                new Forged(
                        "PUT",
                        "/api/people/me/password",
                        "application/json",
                        "{\"currentPassword\":\"werkraum-demo\",\"newPassword\":\"forged-password-123\"}"),
                new Forged("POST", "/api/people/" + willem + "/password-reset", "text/plain", ""),
                new Forged("POST", "/api/people/me/tokens", "application/json", "{\"name\":\"forged\"}"),
                new Forged("DELETE", "/api/people/me/tokens/1", "text/plain", ""),
                new Forged("POST", "/api/admin/directory", "text/plain", "login,display_name,email\n"));

        for (Forged call : forged) {
            HttpResponse<String> answer = browser.send(call.method(), call.path(), call.contentType(), call.body());
            assertThat(answer.statusCode())
                    .as(call.method() + " " + call.path() + " with the cookie only: " + answer.body())
                    .isEqualTo(401);
            assertThat(answer.headers().allValues("WWW-Authenticate")).isNotEmpty();
        }
        assertThat(browser.get("/api/people/me").statusCode())
                .as("reads need credentials too")
                .isEqualTo(401);

        // nothing changed: not a member, invitation still open, profile, password and tokens as before
        JsonNode communityNow =
                willemByBasic.get("/api/communities/" + community).json();
        assertThat(communityNow.get("standing").asText()).isEqualTo("NONE");
        assertThat(willemByBasic
                        .get("/api/communities/" + restrictedId)
                        .json()
                        .get("standing")
                        .asText())
                .isEqualTo("INVITED");
        JsonNode willemAfter = willemByBasic.get("/api/people/me").json();
        assertThat(willemAfter.get("version").asLong())
                .isEqualTo(willemBefore.get("version").asLong());
        assertThat(willemAfter.path("title").asText()).isNotEqualTo("pwned");
        assertThat(willemByBasic.get("/api/people/me/tokens").json()).isEmpty();
        assertThat(anna.get("/api/communities?size=100&name=Forged")
                        .json()
                        .get("items")
                        .toString())
                .doesNotContain(name);
    }

    @Test
    void anAdminsCookieCannotImportADirectoryThatMakesSomeoneAdmin() {
        PageSession lena = PageSession.signIn("lena.vogel", Api.DEMO_PASSWORD);
        String csv = "login,display_name,email,title,org_unit,location,manager,roles,expertise\n"
                + "karl.werner,Karl Werner,karl.werner@werkraum.example,,,,,admin,\n";

        HttpResponse<String> answer = lena.send("POST", "/api/admin/directory", "text/plain", csv);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(Api.as("karl.werner")
                        .get("/api/people/me")
                        .json()
                        .get("roles")
                        .toString())
                .doesNotContain("ADMIN");
    }

    @Test
    void basicAuthenticationCreatesNoSession() {
        Api.Reply me = Api.as("jonas.meyer").get("/api/people/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void personalAccessTokenIsCreatedUsedListedAndRevoked() throws Exception {
        Api sven = Api.as("sven.berg");

        Api.Reply created = sven.post("/api/people/me/tokens", Map.of("name", "Berichtsskript", "expiresInDays", 30));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String secret = created.json().get("secret").asText();
        long tokenId = created.json().get("token").get("id").asLong();
        assertThat(secret).startsWith("wrk_").hasSize(4 + 43);
        assertThat(created.json().get("token").get("expiresAt").asText()).isNotEmpty();

        Api.Reply me = Api.bearer(secret).get("/api/people/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("login").asText()).isEqualTo("sven.berg");
        assertThat(me.headers().allValues("Set-Cookie"))
                .as("no session for token calls")
                .isEmpty();

        Api.Reply list = sven.get("/api/people/me/tokens");
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).get("name").asText()).isEqualTo("Berichtsskript");
        assertThat(list.json().get(0).get("lastUsedAt").asText()).isNotEmpty();
        assertThat(list.body()).as("the secret is shown once only").doesNotContain(secret.substring(4));

        assertThat(Api.as("jonas.meyer")
                        .delete("/api/people/me/tokens/" + tokenId)
                        .status())
                .as("someone else's token is not found")
                .isEqualTo(404);
        assertThat(Api.bearer(secret).get("/api/people/me").status()).isEqualTo(200);

        assertThat(sven.delete("/api/people/me/tokens/" + tokenId).status()).isEqualTo(204);
        Api.Reply afterRevoke = Api.bearer(secret).get("/api/people/me");
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(sven.get("/api/people/me/tokens").json()).isEmpty();
    }

    @Test
    void expiredUnknownAndMalformedTokensAreRefused() throws Exception {
        Api erik = Api.as("erik.fischer");
        Api.Reply created = erik.post("/api/people/me/tokens", Map.of("name", "kurzlebig", "expiresInDays", 1));
        String secret = created.json().get("secret").asText();
        assertThat(Api.bearer(secret).get("/api/people/me").status()).isEqualTo(200);

        Database.execute("update access_token set expires_at = now() - interval '1 second' where id = "
                + created.json().get("token").get("id").asLong());

        assertThat(Api.bearer(secret).get("/api/people/me").status()).isEqualTo(401);
        assertThat(Api.bearer("wrk_" + "A".repeat(43)).get("/api/people/me").status())
                .isEqualTo(401);
        assertThat(Api.bearer("not a token").get("/api/people/me").status()).isEqualTo(401);
    }

    @Test
    void tokenRequestsWithBadFieldsAreRefusedWithTheField() {
        Api.Reply noName = Api.as("sven.berg").post("/api/people/me/tokens", Map.of("name", " "));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("field").asText()).isEqualTo("name");

        Api.Reply badExpiry =
                Api.as("sven.berg").post("/api/people/me/tokens", Map.of("name", "x", "expiresInDays", 0));
        assertThat(badExpiry.status()).isEqualTo(400);
        assertThat(badExpiry.json().get("errors").get(0).get("field").asText()).isEqualTo("expiresInDays");
    }
}
