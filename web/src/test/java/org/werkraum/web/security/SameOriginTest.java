package org.werkraum.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void theBrowsersFetchSiteDecidesWhenItIsSent() {
        assertThat(SameOrigin.allows("same-origin", null, "intranet.example.com", null))
                .isTrue();
        assertThat(SameOrigin.allows("cross-site", "https://intranet.example.com", "intranet.example.com", null))
                .as("a forged Origin does not outvote the browser")
                .isFalse();
        assertThat(SameOrigin.allows("same-site", null, "intranet.example.com", null))
                .isFalse();
        assertThat(SameOrigin.allows("none", null, "intranet.example.com", null))
                .isFalse();
    }

    @Test
    void otherwiseTheOriginMustNameTheHostAsked() {
        assertThat(SameOrigin.allows(null, "https://intranet.example.com", "intranet.example.com", null))
                .isTrue();
        assertThat(SameOrigin.allows(null, "http://localhost:8080", "localhost:8080", null))
                .isTrue();
        assertThat(SameOrigin.allows(null, "http://LOCALHOST:8080", "localhost:8080", null))
                .isTrue();
        assertThat(SameOrigin.allows(null, "http://localhost:8081", "localhost:8080", null))
                .isFalse();
        assertThat(SameOrigin.allows(null, "https://evil.example", "intranet.example.com", null))
                .isFalse();
        assertThat(SameOrigin.allows(null, "https://intranet.example.com.evil.example", "intranet.example.com", null))
                .isFalse();
    }

    @Test
    void behindAProxyTheForwardedHostIsTheOneAsked() {
        assertThat(SameOrigin.allows(
                        null, "https://intranet.example.com", "wildfly-1:8080", "intranet.example.com, proxy"))
                .isTrue();
        assertThat(SameOrigin.allows(null, "https://evil.example", "wildfly-1:8080", "intranet.example.com"))
                .isFalse();
    }

    @Test
    void aPostWithoutEitherHeaderOrWithAnOpaqueOriginIsRefused() {
        assertThat(SameOrigin.allows(null, null, "intranet.example.com", null)).isFalse();
        assertThat(SameOrigin.allows(null, "null", "intranet.example.com", null))
                .isFalse();
        assertThat(SameOrigin.allows(null, "not a uri", "intranet.example.com", null))
                .isFalse();
        assertThat(SameOrigin.allows(null, "https://intranet.example.com", null, null))
                .isFalse();
    }
}
