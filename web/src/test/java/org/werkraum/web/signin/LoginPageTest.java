package org.werkraum.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    @Test
    void aPathInsideTheApplicationIsWhereSignInLeads() {
        assertThat(LoginPage.safeTarget("/community.xhtml?id=5")).isEqualTo("/community.xhtml?id=5");
        assertThat(LoginPage.safeTarget("/search.xhtml?q=java%20ee")).isEqualTo("/search.xhtml?q=java%20ee");
    }

    @Test
    void anythingThatCouldLeaveTheApplicationLeadsHome() {
        assertThat(LoginPage.safeTarget(null)).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeTarget("")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeTarget("https://evil.example/")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeTarget("//evil.example/")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeTarget("/\\evil.example/")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeTarget("javascript:alert(1)")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeTarget("people")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeTarget("/people\r\nSet-Cookie: x=y")).isEqualTo(LoginPage.HOME);
    }

    @Test
    void signingInNeverLeadsBackToTheLoginPage() {
        assertThat(LoginPage.safeTarget("/login?next=/people")).isEqualTo(LoginPage.HOME);
        assertThat(LoginPage.safeTarget("/login.xhtml?next=/people")).isEqualTo(LoginPage.HOME);
    }
}
