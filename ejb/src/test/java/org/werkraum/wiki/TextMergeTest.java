package org.werkraum.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextMergeTest {

    private static final String BASE = """
            # Urlaubsregeln

            Anträge bis zum 15. Januar.

            Vertretung klären.

            Resturlaub verfällt im März.
            """;

    @Test
    void editsOfDifferentLinesJoin() {
        String yours = BASE.replace("15. Januar", "31. Januar");
        String theirs = BASE.replace("im März", "am 31. März");

        TextMerge.Result merge = TextMerge.merge(BASE, yours, theirs);

        assertThat(merge.conflicts()).isFalse();
        assertThat(merge.text()).isEqualTo("""
                        # Urlaubsregeln

                        Anträge bis zum 31. Januar.

                        Vertretung klären.

                        Resturlaub verfällt am 31. März.
                        """);
    }

    @Test
    void editsOfTheSameLineConflictAndKeepBothSides() {
        String yours = BASE.replace("15. Januar", "31. Januar");
        String theirs = BASE.replace("15. Januar", "1. Februar");

        TextMerge.Result merge = TextMerge.merge(BASE, yours, theirs);

        assertThat(merge.conflicts()).isTrue();
        assertThat(merge.text()).isEqualTo("""
                        # Urlaubsregeln

                        <<<<<<< yours
                        Anträge bis zum 31. Januar.
                        =======
                        Anträge bis zum 1. Februar.
                        >>>>>>> saved meanwhile

                        Vertretung klären.

                        Resturlaub verfällt im März.
                        """);
    }

    @Test
    void theSameEditOnBothSidesIsNoConflict() {
        String both = BASE + "Neu: Sabbatical auf Antrag.\n";

        TextMerge.Result merge = TextMerge.merge(BASE, both, both);

        assertThat(merge.conflicts()).isFalse();
        assertThat(merge.text()).isEqualTo(both);
    }

    @Test
    void aLastLineWithoutLineFeedAndWindowsLineEndsMergeLikeAnyOther() {
        String base = "eins\r\nzwei\r\ndrei";
        String yours = "eins\r\nzwei\r\ndrei\r\nvier";
        String theirs = "null\neins\nzwei\ndrei";

        TextMerge.Result merge = TextMerge.merge(base, yours, theirs);

        assertThat(merge.conflicts()).isFalse();
        assertThat(merge.text()).isEqualTo("null\neins\nzwei\ndrei\nvier\n");
    }
}
