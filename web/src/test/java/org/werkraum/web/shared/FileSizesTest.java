package org.werkraum.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FileSizesTest {

    @Test
    void sizesReadAsBytesKilobytesOrMegabytesInThePagesLanguage() {
        assertThat(FileSizes.of(820, Locale.ENGLISH)).isEqualTo("820 B");
        assertThat(FileSizes.of(1024, Locale.ENGLISH)).isEqualTo("1 KB");
        assertThat(FileSizes.of(348_160, Locale.ENGLISH)).isEqualTo("340 KB");
        assertThat(FileSizes.of(13_107_200, Locale.ENGLISH)).isEqualTo("12.5 MB");
        assertThat(FileSizes.of(13_107_200, Locale.GERMAN)).isEqualTo("12,5 MB");
        assertThat(FileSizes.of(52_428_800, Locale.GERMAN)).isEqualTo("50 MB");
    }
}
