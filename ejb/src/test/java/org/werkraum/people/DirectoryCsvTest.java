package org.werkraum.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row checks of the directory import that need no database. */
class DirectoryCsvTest {

    @Test
    void demoDirectoryParsesWithoutProblems() throws IOException {
        String csv;
        try (InputStream in = getClass().getResourceAsStream("/org/werkraum/demo/demo-directory.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<ImportProblem> problems = new ArrayList<>();

        List<DirectoryCsv.Row> rows = DirectoryCsv.parse(csv, problems);

        assertThat(problems).isEmpty();
        assertThat(rows).hasSize(60);
        assertThat(rows.get(1).unitPath()).containsExactly("Werkraum AG", "Engineering");
        assertThat(rows.get(0).roles()).contains(Role.EMPLOYEE, Role.EXECUTIVE);
    }

    @Test
    void everyBadRowIsReportedWithItsLineNumber() {
        String csv = """
                login,display_name,email,org_unit,roles,manager
                ok.person,Ok Person,ok@example.com,Co > Dept,,
                "Bad Login",Someone,someone@example.com,,,
                multi.line,"Name over
                two lines",not-an-email,,,
                no.name,,no.name@example.com,,wizard,
                empty.unit,Empty Unit,empty@example.com,Co >  > Team,,
                """;
        List<ImportProblem> problems = new ArrayList<>();

        DirectoryCsv.parse(csv, problems);

        assertThat(problems)
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "login"),
                        org.assertj.core.groups.Tuple.tuple(4L, "email"),
                        org.assertj.core.groups.Tuple.tuple(6L, "display_name"),
                        org.assertj.core.groups.Tuple.tuple(6L, "roles"),
                        org.assertj.core.groups.Tuple.tuple(7L, "org_unit"));
    }

    @Test
    void missingAndUnknownColumnsAreReportedOnTheHeaderLine() {
        List<ImportProblem> problems = new ArrayList<>();

        DirectoryCsv.parse("login,display_name,shoe_size\nx.y,X Y,44\n", problems);

        assertThat(problems).extracting(ImportProblem::line).containsOnly(1L);
        assertThat(problems)
                .extracting(ImportProblem::messageKey)
                .containsExactlyInAnyOrder("import.problem.missingColumn", "import.problem.unknownColumn");
        assertThat(problems).extracting(ImportProblem::message).contains("required column is missing");
        assertThat(problems).extracting(ImportProblem::column).containsExactlyInAnyOrder("email", "shoe_size");
    }

    @Test
    void byteOrderMarkOfSpreadsheetExportsIsIgnored() {
        List<ImportProblem> problems = new ArrayList<>();

        List<DirectoryCsv.Row> rows =
                DirectoryCsv.parse("\uFEFFlogin,display_name,email\na.b,A B,a.b@example.com\n", problems);

        assertThat(problems).isEmpty();
        assertThat(rows).singleElement().extracting(DirectoryCsv.Row::login).isEqualTo("a.b");
    }
}
