package org.werkraum.search.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from the real documents of ../shared/testdata/documents, and from files made to break a parser. */
class TextExtractionTest {

    @TempDir
    Path temp;

    @Test
    void everySnippetOfTheSharedDocumentsIsInTheirText() throws IOException {
        Path documents = testdata().resolve("documents");
        List<String> rows = Files.readAllLines(documents.resolve("expected.tsv"), StandardCharsets.UTF_8);
        assertThat(rows).hasSizeGreaterThan(5);
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t", 2);
            TextExtraction.Text text =
                    TextExtraction.of(documents.resolve(columns[0]), columns[0], TextExtraction.Limits.DEFAULT);
            assertThat(text.extracted()).as(columns[0] + ": " + text.problem()).isTrue();
            assertThat(text.text().replaceAll("\\s+", " ")).as(columns[0]).contains(columns[1]);
        }
    }

    @Test
    void aZipBombStopsAtTheLimitsWithoutFillingMemory() throws IOException {
        // 200 MB of text in a zip of a few hundred kilobytes
        Path bomb = temp.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("words.txt"));
            byte[] line =
                    "Werkraum Werkraum Werkraum Werkraum Werkraum Werkraum Werkraum\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 200L * 1024 * 1024; written += line.length) {
                zip.write(line);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(2 * 1024 * 1024);

        TextExtraction.Text text =
                TextExtraction.of(bomb, "bomb.zip", new TextExtraction.Limits(100_000, Duration.ofSeconds(60)));

        if (text.extracted()) {
            assertThat(text.text().length()).as("cut at the limit").isLessThanOrEqualTo(100_000);
        } else {
            assertThat(text.problem()).isNotBlank();
        }
    }

    @Test
    void aBrokenPdfIsNoErrorButTextNotExtracted() throws IOException {
        Path broken = temp.resolve("broken.pdf");
        try (OutputStream out = Files.newOutputStream(broken)) {
            out.write("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nnonsense"
                    .getBytes(StandardCharsets.US_ASCII));
        }

        TextExtraction.Text text = TextExtraction.of(broken, "broken.pdf", TextExtraction.Limits.DEFAULT);

        assertThat(text.extracted()).isFalse();
        assertThat(text.text()).isNull();
        assertThat(text.problem()).isNotBlank();
    }

    @Test
    void aFileThatTakesTooLongIsGivenUp() throws IOException {
        Path document = testdata().resolve("documents").resolve("testWORD_various.docx");

        TextExtraction.Text text = TextExtraction.of(
                document, "testWORD_various.docx", new TextExtraction.Limits(1000, Duration.ofNanos(1)));

        assertThat(text.extracted()).isFalse();
        assertThat(text.problem()).startsWith("took longer than");
    }

    private static Path testdata() {
        String root = System.getProperty("werkraum.testdata");
        if (root == null) {
            throw new IllegalStateException("werkraum.testdata is not set; run the tests with Maven");
        }
        return Path.of(root);
    }
}
