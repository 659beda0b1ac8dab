package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every response carries the protective headers; the session cookie is HttpOnly and SameSite=Lax. */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void pagesAndTheApiCarryTheProtectiveHeaders() {
        assertProtective(PageSession.anonymous().get("/login").headers());
        assertProtective(
                PageSession.signIn("jonas.meyer", Api.DEMO_PASSWORD).get("/").headers());
        assertProtective(Api.as("jonas.meyer").get("/api/people/me").headers());
        assertProtective(Api.anonymous().get("/api/people/me").headers());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> signIn = PageSession.anonymous().postLogin("jonas.meyer", Api.DEMO_PASSWORD, null);

        assertThat(signIn.statusCode()).isEqualTo(302);
        String cookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + signIn.headers()));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie.toLowerCase())
                .as("plain HTTP here, so not Secure")
                .doesNotContainPattern("(^|;)\\s*secure\\s*(;|$)");
    }

    private static void assertProtective(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("frame-ancestors 'none'");
    }
}
