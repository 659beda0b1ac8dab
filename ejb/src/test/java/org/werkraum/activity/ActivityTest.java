package org.werkraum.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityTest {

    @Test
    void anExcerptIsTheTextWithoutItsMarkup() {
        assertThat(Activity.excerptOf("# Reisekosten\n\nBitte **bis Freitag** [einreichen](https://example.com).\n"))
                .as("commonmark's plain text: a link keeps its address")
                .isEqualTo("Reisekosten Bitte bis Freitag \"einreichen\" (https://example.com).");
        assertThat(Activity.excerptOf(null)).isEmpty();
        assertThat(Activity.excerptOf("<script>alert(1)</script>"))
                .as("text, escaped where it is shown")
                .isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void aLongTextIsCutAfterAWord() {
        String text = "Wort ".repeat(100);
        String excerpt = Activity.excerptOf(text);
        assertThat(excerpt).hasSize(239 + 1).endsWith("Wort…");
        assertThat(excerpt).startsWith("Wort Wort");
    }

    @Test
    void aLongWordIsCutWhereTheExcerptEnds() {
        String excerpt = Activity.excerptOf("x".repeat(500));
        assertThat(excerpt).isEqualTo("x".repeat(239) + "…");
    }

    @Test
    void anActivityIsReadByOnePrincipal() {
        assertThatThrownBy(() -> new Activity(
                        ActivityKind.POST, 1, 2, null, null, Set.of("all", "user:1"), "Titel", "", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Activity(ActivityKind.POST, 1, 2, null, null, Set.of(), "Titel", "", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
