package org.werkraum.web.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostEditorPageTest {

    @Test
    void anImageIsDescribedByItsFileNameWithoutTheExtension() {
        assertThat(PostEditorPage.altText("Umsatz 2026.png")).isEqualTo("Umsatz 2026");
        assertThat(PostEditorPage.altText("C:\\Users\\anna\\Bilder\\team.photo.jpeg"))
                .isEqualTo("team.photo");
        assertThat(PostEditorPage.altText(".hidden")).isEqualTo(".hidden");
        assertThat(PostEditorPage.altText(null)).isEmpty();
    }

    @Test
    void whatWouldEndTheDescriptionEarlyIsLeftOut() {
        assertThat(PostEditorPage.altText("a]b[c.png")).isEqualTo("a b c");
        assertThat(PostEditorPage.altText("x](javascript:alert(1)).gif")).isEqualTo("x (javascript:alert(1))");
    }
}
