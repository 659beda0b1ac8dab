package org.werkraum.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class EnglishAnalyzerTest {
    private final Analyzer english = new EnglishAnalyzerFactory().create();

    @Test
    void bloggingAndBlogsShareAStem() {
        assertThat(Tokens.terms(english, "blogging"))
                .isEqualTo(Tokens.terms(english, "blogs"))
                .containsExactly("blog");
    }

    @Test
    void possessivesLoseTheirEnding() {
        assertThat(Tokens.terms(english, "Werkraum's wikis")).containsExactly("werkraum", "wiki");
    }

    @Test
    void accentedAndUnaccentedWordsShareAStem() {
        assertThat(Tokens.terms(english, "Café résumés"))
                .isEqualTo(Tokens.terms(english, "cafe resumes"))
                .containsExactly("cafe", "resum");
    }
}
