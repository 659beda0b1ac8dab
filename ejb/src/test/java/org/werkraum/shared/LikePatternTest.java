package org.werkraum.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void typedTextIsMatchedLiterallyAndWithoutCase() {
        assertThat(LikePattern.containing("  50%_Off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
    }

    @Test
    void startAndWordStartPatterns() {
        assertThat(LikePattern.startingWith("Search")).isEqualTo("search%");
        assertThat(LikePattern.withWordStartingWith("Search")).isEqualTo("% search%");
    }
}
