package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing is throttled per login (5 failures) and per client address (20 in the test server), on the API
 * and on the login page alike. The test server trusts 127.0.0.1 as a proxy, so each test picks its own client
 * addresses with {@code X-Forwarded-For}.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void fiveWrongPasswordsForOneLoginStopEvenTheRightOneWith429() {
        for (int i = 1; i <= 5; i++) {
            Api.Reply wrong =
                    Api.as("rosa.nguyen", "guess-" + i).from("10.1.0." + i).get("/api/people/me");
            assertThat(wrong.status()).as("attempt " + i).isEqualTo(401);
        }

        Api.Reply right = Api.as("rosa.nguyen").from("10.1.0.99").get("/api/people/me");

        assertThat(right.status()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 900L);
        assertThat(right.contentType()).startsWith("application/problem+json");
        assertThat(right.json().get("code").asText()).isEqualTo("error.signIn.throttled");

        HttpResponse<String> page = PageSession.anonymous().postLogin("rosa.nguyen", Api.DEMO_PASSWORD, "10.1.0.98");
        assertThat(page.statusCode()).as("the login page is throttled too").isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(page.body()).containsAnyOf("Too many failed attempts", "Zu viele Fehlversuche");

        assertThat(Api.as("jonas.meyer").from("10.1.0.97").get("/api/people/me").status())
                .as("other logins are not affected")
                .isEqualTo(200);
    }

    @Test
    void twentyFailuresFromOneAddressStopEveryLoginFromThere() {
        String address = "10.2.0.1";
        for (int i = 0; i < 20; i++) {
            String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(Api.as(unknown, "guess")
                            .from(address)
                            .get("/api/people/me")
                            .status())
                    .isEqualTo(401);
        }

        assertThat(Api.as("mia.schulz").from(address).get("/api/people/me").status())
                .isEqualTo(429);
        assertThat(Api.as("mia.schulz").from("10.2.0.2").get("/api/people/me").status())
                .as("another address still signs in")
                .isEqualTo(200);
    }

    @Test
    void aWrongPasswordOnTheLoginPageSaysSoAndCounts() {
        HttpResponse<String> wrong = PageSession.anonymous().postLogin("ida.neumann", "wrong-password", "10.3.0.1");

        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).containsAnyOf("The login or the password is wrong", "Login oder Passwort ist falsch");
        assertThat(PageSession.anonymous()
                        .postLogin("ida.neumann", Api.DEMO_PASSWORD, "10.3.0.2")
                        .statusCode())
                .as("a right password after one failure signs in")
                .isEqualTo(302);
    }

    /**
     * An unknown login is checked against a decoy hash, so it costs what a wrong password costs: the answer's time
     * does not tell which logins exist. Without the decoy an unknown login answers about 50 times faster.
     */
    @Test
    void unknownLoginsTakeAsLongAsKnownOnes() {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            known.add(timed(Api.as("yara.lindqvist", "wrong-" + i).from("10.4.0." + i)));
            unknown.add(timed(Api.as("ghost-" + UUID.randomUUID(), "wrong").from("10.4.1." + i)));
        }

        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        assertThat(unknownMedian)
                .as("median ms: unknown %d, known %d", unknownMedian, knownMedian)
                .isGreaterThanOrEqualTo(knownMedian / 2);
    }

    private static long timed(Api api) {
        long start = System.nanoTime();
        assertThat(api.get("/api/people/me").status()).isEqualTo(401);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }
}
