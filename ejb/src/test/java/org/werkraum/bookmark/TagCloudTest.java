package org.werkraum.bookmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagCloudTest {

    @Test
    void theMostUsedTagIsLargestAndTheLeastUsedSmallest() {
        assertThat(BookmarkService.weight(100, 1, 100)).isEqualTo(5);
        assertThat(BookmarkService.weight(1, 1, 100)).isEqualTo(1);
    }

    @Test
    void sizesGrowWithTheLogarithmOfTheCount() {
        // log 10 lies halfway between log 1 and log 100: the middle size, not a tenth of the way
        assertThat(BookmarkService.weight(10, 1, 100)).isEqualTo(3);
        assertThat(BookmarkService.weight(50, 1, 100)).isEqualTo(4);
        assertThat(BookmarkService.weight(3, 1, 100)).isEqualTo(2);
    }

    @Test
    void tagsUsedAlikeAreAllOfOneSize() {
        assertThat(BookmarkService.weight(7, 7, 7)).isEqualTo(5);
    }
}
