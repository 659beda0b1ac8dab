package org.werkraum.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.werkraum.wiki.PageDiff.Change;
import org.werkraum.wiki.PageDiff.Row;
import org.werkraum.wiki.PageDiff.Segment;

class DifferencesTest {

    @Test
    void aChangedLineMarksItsChangedWordsOnBothSides() {
        List<Row> rows = Differences.between(
                "# Urlaub\nAnträge bis zum 15. Januar.\nVertretung klären.\n",
                "# Urlaub\nAnträge bis zum 31. Januar.\nVertretung klären.\nResturlaub verfällt.\n");

        assertThat(rows)
                .containsExactly(
                        new Row(Change.EQUAL, List.of(plain("# Urlaub")), List.of(plain("# Urlaub"))),
                        new Row(
                                Change.CHANGE,
                                List.of(plain("Anträge bis zum "), changed("15"), plain(". Januar.")),
                                List.of(plain("Anträge bis zum "), changed("31"), plain(". Januar."))),
                        new Row(
                                Change.EQUAL,
                                List.of(plain("Vertretung klären.")),
                                List.of(plain("Vertretung klären."))),
                        new Row(Change.INSERT, List.of(), List.of(changed("Resturlaub verfällt."))));
    }

    @Test
    void markupInTheTextIsTextAndARemovedLineHasNoNewSide() {
        List<Row> rows = Differences.between("<script>alert(1)</script>\nbleibt\n", "bleibt\n");

        assertThat(rows)
                .containsExactly(
                        new Row(Change.DELETE, List.of(changed("<script>alert(1)</script>")), List.of()),
                        new Row(Change.EQUAL, List.of(plain("bleibt")), List.of(plain("bleibt"))));
    }

    private static Segment plain(String text) {
        return new Segment(text, false);
    }

    private static Segment changed(String text) {
        return new Segment(text, true);
    }
}
