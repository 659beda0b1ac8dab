package org.werkraum.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPageThatIsNotFullIsTheLastAndNeedsNoCount() {
        assertThat(Page.isLast(new PageRequest(0, 20), 5)).isTrue();
        assertThat(Page.isLast(new PageRequest(3, 20), 19)).isTrue();
        assertThat(Page.isLast(new PageRequest(0, 20), 0)).isTrue();
    }

    @Test
    void aFullPageOrOneBeyondTheEndNeedsCounting() {
        assertThat(Page.isLast(new PageRequest(0, 20), 20)).isFalse();
        assertThat(Page.isLast(new PageRequest(7, 20), 0)).isFalse();
    }

    @Test
    void aCappedTotalStillPagesAsFarAsItWasCounted() {
        Page<String> page = new Page<>(java.util.List.of("a"), 49, 20, 1_000, true);

        assertThat(page.hasNext()).isFalse();
        assertThat(new Page<>(java.util.List.of("a"), 48, 20, 1_000, true).hasNext())
                .isTrue();
    }
}
