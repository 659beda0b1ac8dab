package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.werkraum.devservices.TestServices;

/** People change their password; an admin hands out a one-time link that is mailed and works exactly once. */
@ExtendWith(ArquillianExtension.class)
class PasswordIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aPersonChangesHisPasswordKnowingTheCurrentOne() {
        Api tara = Api.as("tara.haddad");

        Api.Reply wrongCurrent = tara.put(
                "/api/people/me/password",
                Map.of("currentPassword", "not-my-password", "newPassword", "ein langer neuer Satz"));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.json().get("errors").get(0).get("field").asText())
                .isEqualTo("currentPassword");

        Api.Reply tooShort = tara.put(
                "/api/people/me/password", Map.of("currentPassword", Api.DEMO_PASSWORD, "newPassword", "kurz"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").get(0).get("field").asText()).isEqualTo("newPassword");
        assertThat(tara.get("/api/people/me").status())
                .as("nothing changed yet")
                .isEqualTo(200);

        Api.Reply changed = tara.put(
                "/api/people/me/password",
                Map.of("currentPassword", Api.DEMO_PASSWORD, "newPassword", "ein langer neuer Satz"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);

        assertThat(tara.get("/api/people/me").status()).isEqualTo(401);
        assertThat(Api.as("tara.haddad", "ein langer neuer Satz")
                        .get("/api/people/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottled() {
        // with a token: signing in with the password is throttled by the same count
        Api vera = Api.bearer(Api.as("vera.hartmann")
                .post("/api/people/me/tokens", Map.of("name", "left open"))
                .json()
                .get("secret")
                .asText());
        for (int i = 1; i <= 5; i++) {
            Api.Reply wrong = vera.put(
                    "/api/people/me/password",
                    Map.of("currentPassword", "guess-" + i, "newPassword", "ein langer neuer Satz"));
            assertThat(wrong.json().get("code").asText()).isEqualTo("error.password.wrongCurrent");
        }

        Api.Reply right = vera.put(
                "/api/people/me/password",
                Map.of("currentPassword", Api.DEMO_PASSWORD, "newPassword", "ein langer neuer Satz"));

        assertThat(right.status()).isEqualTo(400);
        assertThat(right.json().get("code").asText()).isEqualTo("error.password.throttled");
        assertThat(Api.as("vera.hartmann")
                        .from("10.9.0.1")
                        .get("/api/people/me")
                        .status())
                .as("the password did not change, and signing in is throttled too")
                .isEqualTo(429);
    }

    @Test
    void anAdminIssuesAPasswordLinkOnTheProfilePage() {
        assertThat(PageSession.signIn("jonas.meyer", Api.DEMO_PASSWORD)
                        .get("/people/tom.becker")
                        .body())
                .as("not for an employee: the button is not even on the page")
                .doesNotContain("passwordLinkForm")
                .doesNotContain("issuePasswordLink");

        HttpResponse<String> issued = PageSession.signIn("lena.vogel", Api.DEMO_PASSWORD)
                .postForm("/people/tom.becker", "passwordLinkForm", Map.of(), "issuePasswordLink", null);

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(issued.body())
                .contains("id=\"passwordLinkValue\"")
                .containsPattern("value=\"http[^\"]*/werkraum/password-reset\\?token=wrr_[^\"]+\"");
    }

    @Test
    void anAdminsPasswordLinkIsMailedAndWorksOnce() throws Exception {
        long ugo = Api.as("ugo.wolf").get("/api/people/me").json().get("id").asLong();
        assertThat(Api.as("jonas.meyer")
                        .post("/api/people/" + ugo + "/password-reset", "")
                        .status())
                .as("only admins")
                .isEqualTo(403);
        int mailsBefore = TestServices.mail().greenMail().getReceivedMessages().length;

        Api.Reply issued = Api.as("lena.vogel").post("/api/people/" + ugo + "/password-reset", "");

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode link = issued.json();
        assertThat(link.get("mailed").asBoolean()).isTrue();
        String url = link.get("link").asText();
        assertThat(url).contains("/password-reset?token=wrr_");
        assertThat(TestServices.mail().greenMail().waitForIncomingEmail(10_000, mailsBefore + 1))
                .isTrue();
        MimeMessage mail = Arrays.stream(TestServices.mail().greenMail().getReceivedMessages())
                .filter(m -> recipients(m).contains("ugo.wolf@werkraum.example"))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat((String) mail.getContent()).as("the decoded text").contains(url);

        String path = URI.create(url).getRawPath().replaceFirst("^/werkraum", "") + "?"
                + URI.create(url).getRawQuery();
        PageSession browser = PageSession.anonymous();
        HttpResponse<String> set = browser.postForm(
                path,
                "resetForm",
                Map.of("newPassword", "Ugo sein neues Passwort", "repeatedPassword", "Ugo sein neues Passwort"),
                "setPassword",
                null);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith("/werkraum/login");

        assertThat(Api.as("ugo.wolf", "Ugo sein neues Passwort")
                        .get("/api/people/me")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as("ugo.wolf").get("/api/people/me").status()).isEqualTo(401);

        HttpResponse<String> again = PageSession.anonymous().get(path);
        assertThat(again.body()).doesNotContain("id=\"resetForm\"");
        assertThat(again.body()).containsAnyOf("unknown, was used already or has expired", "schon benutzt");
    }

    @Test
    void deactivatedPeopleAreNotFoundExceptForAdmins() {
        long nils = Api.as("nils.horvat").get("/api/people/me").json().get("id").asLong();
        Database.execute("update person set active = false where login = 'nils.horvat'");

        assertThat(Api.as("jonas.meyer").get("/api/people/" + nils).status()).isEqualTo(404);
        Api.Reply forAdmin = Api.as("lena.vogel").get("/api/people/" + nils);
        assertThat(forAdmin.status()).isEqualTo(200);
        assertThat(forAdmin.json().get("active").asBoolean()).isFalse();
        assertThat(Api.as("nils.horvat").get("/api/people/me").status())
                .as("and he cannot sign in")
                .isEqualTo(401);
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
