package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Files found by what they say: the real documents of ../shared/testdata/documents, uploaded to a page, are found by
 * every snippet of their expected.tsv on the search page, linked to their page and to the file; a file Tika cannot
 * read is kept and marked; a closed wiki's files give others no hit and no count.
 */
@ExtendWith(ArquillianExtension.class)
class WikiAttachmentSearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void everySnippetOfTheSharedDocumentsFindsItsFileOnTheSearchPage() throws Exception {
        Api sofia = Api.as("sofia.rossi");
        long wiki = sofia.post("/api/wikis", Map.of("name", "Dokumente " + UUID.randomUUID(), "openToAll", false))
                .json()
                .get("id")
                .asLong();
        sofia.put("/api/wikis/" + wiki + "/people/tom.becker", Map.of("role", "READER"));
        long page = sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "Ablage", "markdown", "Dateien."))
                .json()
                .get("pageId")
                .asLong();
        Map<String, String> snippets = new LinkedHashMap<>();
        List<String> rows =
                Files.readAllLines(WikiAttachmentsIT.DOCUMENTS.resolve("expected.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t", 2);
            snippets.put(columns[0], columns[1]);
        }
        Map<String, Long> files = new LinkedHashMap<>();
        for (String name : snippets.keySet()) {
            Api.Reply uploaded = WikiAttachmentsIT.upload(
                    sofia, page, name, Files.readAllBytes(WikiAttachmentsIT.DOCUMENTS.resolve(name)));
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
            files.put(name, uploaded.json().get("id").asLong());
        }
        // a file Tika cannot read: kept, downloadable, marked
        Api.Reply broken = WikiAttachmentsIT.upload(
                sofia,
                page,
                "kaputt.pdf",
                "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nnonsense".getBytes(StandardCharsets.US_ASCII));
        long brokenId = broken.json().get("id").asLong();

        for (long id : files.values()) {
            assertThat(textState(sofia, id)).as("file " + id).isEqualTo("EXTRACTED");
        }
        assertThat(textState(sofia, brokenId)).isEqualTo("NOT_EXTRACTED");
        assertThat(sofia.download("/api/attachments/" + brokenId + "/content").status())
                .isEqualTo(200);

        // the indexer catches up with the last file's text
        String last = snippets.get(rows.get(rows.size() - 1).split("\t", 2)[0]);
        Search.until(sofia, last, hits -> hits.size() > 0, Duration.ofSeconds(30));

        try (Browser browser = new Browser()) {
            browser.signIn("tom.becker");
            for (Map.Entry<String, String> snippet : snippets.entrySet()) {
                browser.open("/search?type=wiki_attachment&q="
                        + URLEncoder.encode(snippet.getValue(), StandardCharsets.UTF_8));
                List<String> found = new ArrayList<>();
                for (WebElement link : browser.driver().findElements(By.cssSelector(".wr-hit-link"))) {
                    found.add(link.getText() + " " + link.getAttribute("href"));
                }
                assertThat(found)
                        .as(snippet.getValue())
                        .anyMatch(hit -> hit.startsWith(snippet.getKey() + " ")
                                && hit.endsWith(
                                        "/werkraum/pages/" + page + "#attachment-" + files.get(snippet.getKey())));
            }
            browser.open("/search?type=wiki_attachment&q=" + URLEncoder.encode(last, StandardCharsets.UTF_8));
            assertThat(browser.driver()
                            .findElements(By.cssSelector(".wr-hit-download"))
                            .get(0)
                            .getAttribute("href"))
                    .contains("/werkraum/attachments/");
        }

        // not named in the closed wiki: none of its files, and no count of a word only they hold
        String word = "geheim" + UUID.randomUUID().toString().replace("-", "");
        long secret = WikiAttachmentsIT.upload(
                        sofia, page, "notiz.txt", ("Nur für uns: " + word).getBytes(StandardCharsets.UTF_8))
                .json()
                .get("id")
                .asLong();
        assertThat(textState(sofia, secret)).isEqualTo("EXTRACTED");
        Search.until(sofia, word, found -> found.size() == 1, Duration.ofSeconds(30));
        Api emma = Api.as("emma.fischer");
        assertThat(Search.total(emma, word)).isZero();
        for (String text : snippets.values()) {
            JsonNode hits = Search.hits(emma, text);
            hits.forEach(hit -> assertThat(
                            hit.get("type").asText() + " " + hit.get("id").asText())
                    .as(text)
                    .isNotIn(files.values().stream()
                            .map(id -> "WIKI_ATTACHMENT " + id)
                            .toList()));
        }
    }

    /** The file's text state once the background extraction took it (or the timeout). */
    private static String textState(Api api, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String state = api.get("/api/attachments/" + id).json().get("textState").asText();
        while (state.equals("PENDING") && Instant.now().isBefore(deadline)) {
            Search.sleep(250);
            state = api.get("/api/attachments/" + id).json().get("textState").asText();
        }
        return state;
    }
}
