package org.werkraum.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageServletTest {

    @Test
    void goesBackToThePageOfThisApplication() {
        assertThat(LanguageServlet.backTo("/werkraum/people/anna.schmidt?page=2", "/werkraum"))
                .isEqualTo("/werkraum/people/anna.schmidt?page=2");
        assertThat(LanguageServlet.backTo("/werkraum/search?q=K%C3%BCche", "/werkraum"))
                .isEqualTo("/werkraum/search?q=K%C3%BCche");
    }

    @Test
    void neverLeadsElsewhere() {
        assertThat(LanguageServlet.backTo("https://evil.example/werkraum/", "/werkraum"))
                .isEqualTo("/werkraum/");
        assertThat(LanguageServlet.backTo("//evil.example/werkraum/", "/werkraum"))
                .isEqualTo("/werkraum/");
        assertThat(LanguageServlet.backTo("/werkraum/\\\\evil.example", "/werkraum"))
                .isEqualTo("/werkraum/");
        assertThat(LanguageServlet.backTo("/other/page", "/werkraum")).isEqualTo("/werkraum/");
        assertThat(LanguageServlet.backTo("/werkraumother/page", "/werkraum")).isEqualTo("/werkraum/");
        assertThat(LanguageServlet.backTo("javascript:alert(1)", "/werkraum")).isEqualTo("/werkraum/");
        assertThat(LanguageServlet.backTo("/werkraum/a b", "/werkraum"))
                .as("not an address")
                .isEqualTo("/werkraum/");
        assertThat(LanguageServlet.backTo(null, "/werkraum")).isEqualTo("/werkraum/");
    }
}
