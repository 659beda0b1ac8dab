package org.werkraum.bookmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Netscape bookmark file of ../shared/testdata/bookmarks/ (exports of Firefox, Chromium, Internet Explorer 11,
 * Safari, Google Bookmarks, Delicious, Scuttle and Shaarli, and the edge cases of Shaarli's parser): how many links it
 * holds that lead somewhere for someone else, and how many it holds that do not (Firefox's "place:" searches,
 * Shaarli's notes with relative addresses), counted in the files by hand.
 */
class BookmarkFileTest {

    @ParameterizedTest
    @CsvSource({
        "shaarli-nbp_chromium_flat.html, 9, 0",
        "shaarli-nbp_chromium_nested.html, 18, 0",
        "shaarli-nbp_delicious.html, 5, 0",
        "shaarli-nbp_delicious_sanitize.html, 2, 0",
        "shaarli-nbp_firefox_flat.html, 21, 3",
        "shaarli-nbp_firefox_nested.html, 21, 3",
        "shaarli-nbp_google_bookmarks_nested.html, 6, 0",
        "shaarli-nbp_internet_explorer_11_flat.html, 18, 0",
        "shaarli-nbp_internet_explorer_11_nested.html, 27, 0",
        "shaarli-nbp_netscape_basic.html, 2, 0",
        "shaarli-nbp_netscape_extended.html, 2, 0",
        "shaarli-nbp_netscape_multiline.html, 3, 0",
        "shaarli-nbp_netscape_nested.html, 8, 0",
        "shaarli-nbp_safari_folded.html, 3, 0",
        "shaarli-nbp_scuttle.html, 4, 0",
        "shaarli-nbp_scuttle_new_line.html, 1, 0",
        "shaarli-nbp_shaarli.html, 5, 1",
        "shaarli-nbp_shaarli_legacy.html, 2, 0",
        "shaarli-nbp_shaarli_markdown.html, 0, 3",
        "shaarli-nbp_shaarli_with_tabs_and_spaces.html, 0, 1",
        "shaarli-nbp_shaarli_with_whitespace_tags.html, 0, 1",
    })
    void readsEveryLinkOfEachFileAndReportsTheOnesThatLeadNowhere(String file, int links, int problems)
            throws IOException {
        BookmarkFile.Reading reading = BookmarkFile.read(testdata(file));
        assertThat(reading.entries()).hasSize(links);
        assertThat(reading.problems()).hasSize(problems);
        assertThat(reading.problems()).allSatisfy(p -> assertThat(p.reason()).isEqualTo("error.bookmark.address"));
        assertThat(reading.entries()).allSatisfy(e -> {
            assertThat(e.address()).matches("(https?|ftp)://[^#\\s]+");
            assertThat(e.title()).isNotBlank();
        });
    }

    @Test
    void everyFileOfTheTestDataIsInTheTable() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(root(), "bookmarks"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".html")).count())
                    .as("a new file needs its counts above")
                    .isEqualTo(21);
        }
    }

    @Test
    void foldersFromTheOutermostInBecomeTagsBeforeTheLinksOwn() throws IOException {
        List<BookmarkFile.Entry> entries =
                BookmarkFile.read(testdata("shaarli-nbp_netscape_nested.html")).entries();
        assertThat(entries)
                .extracting(BookmarkFile.Entry::address)
                .containsExactly(
                        "http://nest.ed/1",
                        "http://nest.ed/1-1",
                        "http://nest.ed/1-2",
                        "http://nest.ed/2-1",
                        "http://nest.ed/2-2",
                        "http://nest.ed/3-1",
                        "http://nest.ed/3-2",
                        "http://nest.ed/2");
        assertThat(entries.get(0).tags()).containsExactly("tag1", "tag2", "multi-word");
        assertThat(entries.get(2).tags())
                .containsExactly("folder1-the-first-folder-to-encounter", "tag3", "tag4", "leaf-multi-word");
        assertThat(entries.get(5).tags()).containsExactly("folder3", "folder3-1", "tag3");
        assertThat(entries.get(7).tags()).as("back at the top").containsExactly("tag4");
        // a folder's own description is not its first link's
        assertThat(entries.get(3).description()).isEqualTo("First link of the second section");
        assertThat(entries.get(1).description()).isEmpty();
        assertThat(entries.get(3).addedAt()).isEqualTo(Instant.ofEpochSecond(1454433742));
    }

    @Test
    void safarisFoldersWithoutAnOuterListAndChromiumsToolbarAreFoldersToo() throws IOException {
        List<BookmarkFile.Entry> safari =
                BookmarkFile.read(testdata("shaarli-nbp_safari_folded.html")).entries();
        assertThat(safari)
                .extracting(BookmarkFile.Entry::tags)
                .containsExactly(
                        java.util.Set.of("favoris"),
                        java.util.Set.of("github-shaarli"),
                        java.util.Set.of("autre-divers", "doc"));
        assertThat(safari.get(0).addedAt()).isNull();
        List<BookmarkFile.Entry> chromium =
                BookmarkFile.read(testdata("shaarli-nbp_chromium_nested.html")).entries();
        assertThat(chromium.get(0).tags()).containsExactly("personal-toolbar");
        assertThat(chromium.get(1).tags())
                .as("after the toolbar's list, at the top")
                .isEmpty();
        assertThat(chromium.get(13).title()).isEqualTo("The Linux Kernel Archives");
        assertThat(chromium.get(13).tags()).containsExactly("linux-unix-os-other-stuff");
    }

    @Test
    void timesInSecondsOrInGoogleBookmarksMicrosecondsAreRead() throws IOException {
        List<BookmarkFile.Entry> google = BookmarkFile.read(testdata("shaarli-nbp_google_bookmarks_nested.html"))
                .entries();
        assertThat(google.get(0).addedAt()).isEqualTo(Instant.parse("2018-01-09T16:34:57.780642Z"));
        assertThat(google.get(0).tags()).containsExactly("unlabeled");
        assertThat(BookmarkFile.read("<DL><DT><A HREF=\"https://example.com/\" ADD_DATE=\"1515515697780\">x</A>")
                        .entries()
                        .get(0)
                        .addedAt())
                .as("milliseconds")
                .isEqualTo(Instant.parse("2018-01-09T16:34:57.780Z"));
        assertThat(BookmarkFile.read("<DL><DT><A HREF=\"https://example.com/\" ADD_DATE=\"99999999999\">x</A>")
                        .entries()
                        .get(0)
                        .addedAt())
                .as("a time to come is not said")
                .isNull();
    }

    @Test
    void descriptionsKeepTheirLinesAndPrivateMarksStay() throws IOException {
        List<BookmarkFile.Entry> multiline = BookmarkFile.read(testdata("shaarli-nbp_netscape_multiline.html"))
                .entries();
        assertThat(multiline.get(0).description()).isEqualTo("List:\n- item1\n- item2\n- item3");
        assertThat(multiline.get(2).description())
                .isEqualTo("List:\n- item1\n- item2\n\nParagraph number one.\n\nParagraph\nnumber\ntwo.");
        List<BookmarkFile.Entry> extended = BookmarkFile.read(testdata("shaarli-nbp_netscape_extended.html"))
                .entries();
        assertThat(extended.get(0).personal()).isTrue();
        assertThat(extended.get(0).tags()).containsExactly("story", "oceans");
        assertThat(extended.get(1).personal()).isFalse();
        assertThat(extended.get(1).title())
                .as("a link without a title is titled by its address")
                .isEqualTo("http://localhost.localdomain:8083/Shaarli/?JVvqCA");
    }

    @Test
    void firefoxsSavedSearchesAreReportedByTitleAndTheRestRead() throws IOException {
        BookmarkFile.Reading reading = BookmarkFile.read(testdata("shaarli-nbp_firefox_flat.html"));
        assertThat(reading.problems())
                .extracting(BookmarkFile.Problem::title)
                .containsExactly("Recently saved", "Recent tags", "Most visited");
        assertThat(reading.problems().get(2).address()).isEqualTo("place:sort=8&maxResults=10");
    }

    @Test
    void nothingOrGarbageIsAFileWithoutLinks() {
        assertThat(BookmarkFile.read("").entries()).isEmpty();
        assertThat(BookmarkFile.read(null).entries()).isEmpty();
        BookmarkFile.Reading garbage = BookmarkFile.read("\u0000\u0001<<<DL><DT><A>no address</A><DD>x");
        assertThat(garbage.entries()).isEmpty();
        assertThat(garbage.problems()).extracting(BookmarkFile.Problem::title).containsExactly("no address");
    }

    private static String testdata(String file) throws IOException {
        return Files.readString(Path.of(root(), "bookmarks", file), StandardCharsets.UTF_8);
    }

    private static String root() {
        String root = System.getProperty("werkraum.testdata");
        if (root == null) {
            throw new IllegalStateException("werkraum.testdata is not set; run the tests with Maven");
        }
        return root;
    }
}
