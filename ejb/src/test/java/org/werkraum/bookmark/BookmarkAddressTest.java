package org.werkraum.bookmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.werkraum.shared.InvalidInputException;

class BookmarkAddressTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "HTTP://Intranet.Example.COM|http://intranet.example.com/",
                "https://intranet.example.com:443/Handbook/|https://intranet.example.com/Handbook/",
                "http://intranet.example.com:80/a/./b/../c|http://intranet.example.com/a/c",
                "http://intranet.example.com:8080/wiki#section-2|http://intranet.example.com:8080/wiki",
                "  https://example.com/page?id=7&utm_source=mail&utm_medium=x&fbclid=abc  |https://example.com/page?id=7",
                "https://example.com/search?q=cloud&page=2|https://example.com/search?q=cloud&page=2",
                "https://example.com/search?page=2&q=cloud|https://example.com/search?page=2&q=cloud",
                "https://EXAMPLE.com/Case/Matters|https://example.com/Case/Matters",
                "https://bücher.example/katalog|https://xn--bcher-kva.example/katalog",
                "ftp://files.example.com/pub|ftp://files.example.com/pub",
                "https://example.com/a%20b|https://example.com/a%20b",
            })
    void spellsAnAddressOneWay(String typed, String kept) {
        assertThat(BookmarkAddress.normalize(typed)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "?lY47tw",
                "/relative/path",
                "intranet.example.com/page",
                "javascript:alert(1)",
                "place:sort=8&maxResults=10",
                "file:///etc/passwd",
                "data:text/html,<script>alert(1)</script>",
                "http://",
                "http://exa mple.com/",
                "mailto:anna@example.com"
            })
    void refusesWhatLeadsNowhereForSomeoneElse(String typed) {
        assertThatThrownBy(() -> BookmarkAddress.normalize(typed))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("error.bookmark.address");
    }

    @Test
    void refusesAnAddressLongerThanBrowsersKeep() {
        String longest = "https://example.com/" + "a".repeat(BookmarkAddress.MAX_LENGTH - 20);
        assertThat(BookmarkAddress.normalize(longest)).hasSize(2048);
        assertThatThrownBy(() -> BookmarkAddress.normalize(longest + "a")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BookmarkAddress.normalize(null)).isInstanceOf(InvalidInputException.class);
    }
}
