package org.werkraum.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageSwitchTest {

    @Test
    void theBrowsersFirstSupportedLanguageWins() {
        assertThat(LanguageSwitch.preferred(
                        List.of(Locale.FRENCH, Locale.GERMANY, Locale.US).iterator()))
                .isEqualTo(Locale.GERMAN);
        assertThat(LanguageSwitch.preferred(List.of(Locale.UK, Locale.GERMAN).iterator()))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void withoutASupportedLanguageThePagesAreEnglish() {
        assertThat(LanguageSwitch.preferred(List.of(Locale.JAPANESE).iterator()))
                .isEqualTo(Locale.ENGLISH);
        assertThat(LanguageSwitch.preferred(null)).isEqualTo(Locale.ENGLISH);
    }
}
