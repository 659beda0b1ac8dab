package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files on wiki pages through the API, with the tests' limit of 3 MB (arquillian.xml): the real documents of
 * ../shared/testdata/documents kept byte for byte, versions of one name, readers only, over the limit nothing kept,
 * hostile names, removal.
 */
@ExtendWith(ArquillianExtension.class)
class WikiAttachmentsIT {

    static final Path DOCUMENTS = Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "documents");

    private static final int LIMIT = 3 * 1024 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void filesAreKeptByteForByteWithVersionsForTheWikisReadersOnly() throws Exception {
        Api sofia = Api.as("sofia.rossi");
        long wiki = wiki(sofia, false);
        sofia.put("/api/wikis/" + wiki + "/people/clara.costa", Map.of("role", "READER"));
        long page = page(sofia, wiki, "Vorlagen");
        byte[] docx = Files.readAllBytes(DOCUMENTS.resolve("testWORD_various.docx"));
        byte[] pdf = Files.readAllBytes(DOCUMENTS.resolve("testPDF.pdf"));

        Api.Reply first = upload(sofia, page, "Vorlage.docx", docx);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long id = first.json().get("id").asLong();
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/api/attachments/" + id);
        assertThat(first.json().get("contentType").asText())
                .as("what the bytes are")
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(first.json().get("size").asLong()).isEqualTo(docx.length);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);

        // the same name, whatever the case: its next version
        Api.Reply second = upload(sofia, page, "VORLAGE.docx", pdf);
        assertThat(second.json().get("id").asLong()).isEqualTo(id);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(second.json().get("contentType").asText()).isEqualTo("application/pdf");

        Api clara = Api.as("clara.costa");
        JsonNode files = clara.get("/api/wiki-pages/" + page + "/attachments").json();
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("name").asText()).isEqualTo("VORLAGE.docx");
        assertThat(files.get(0).get("versions")).hasSize(2);
        assertThat(files.get(0).get("versions").get(1).get("size").asLong()).isEqualTo(docx.length);
        assertThat(clara.get("/api/wiki-pages/" + page)
                        .json()
                        .get("attachments")
                        .get(0)
                        .get("id")
                        .asLong())
                .isEqualTo(id);

        Api.Download current = clara.download("/api/attachments/" + id + "/content");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.bytes()).isEqualTo(pdf);
        assertThat(current.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename*=UTF-8''VORLAGE.docx");
        assertThat(clara.download("/api/attachments/" + id + "/content?version=1")
                        .bytes())
                .isEqualTo(docx);
        assertThat(clara.download("/attachments/" + id).status())
                .as("the pages' address takes a session, never the API's credentials")
                .isEqualTo(302);
        assertThat(clara.download("/api/attachments/" + id + "/content?version=3")
                        .status())
                .isEqualTo(404);

        Api emma = Api.as("emma.fischer");
        assertThat(emma.get("/api/attachments/" + id).status())
                .as("not named in the wiki")
                .isEqualTo(404);
        assertThat(emma.download("/api/attachments/" + id + "/content").status())
                .isEqualTo(404);
        assertThat(emma.get("/api/wiki-pages/" + page + "/attachments").status())
                .isEqualTo(404);
        assertThat(upload(clara, page, "mine.pdf", pdf).status())
                .as("readers upload nothing")
                .isEqualTo(403);

        assertThat(clara.delete("/api/attachments/" + id).status()).isEqualTo(403);
        assertThat(sofia.delete("/api/attachments/" + id).status()).isEqualTo(204);
        assertThat(clara.get("/api/wiki-pages/" + page + "/attachments").json()).isEmpty();
        assertThat(clara.download("/api/attachments/" + id + "/content").status())
                .isEqualTo(404);
    }

    @Test
    void aFileOverTheLimitIsRefusedWholeAndBadNamesAreRefusedClearly() {
        Api sofia = Api.as("sofia.rossi");
        long page = page(sofia, wiki(sofia, true), "Archiv");
        byte[] exactly = new byte[LIMIT];
        Arrays.fill(exactly, (byte) 'a');
        byte[] over = Arrays.copyOf(exactly, LIMIT + 1);

        Api.Reply refused = upload(sofia, page, "gross.txt", over);
        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.json().get("code").asText()).isEqualTo("error.attachment.tooLarge");
        assertThat(refused.json().get("detail").asText()).contains("3 MB");
        assertThat(Database.queryLong("select count(*) from wiki_attachment where page_id = " + page))
                .as("nothing of it kept")
                .isZero();
        assertThat(Database.queryLong("select count(*) from attachment_chunk c join attachment_version v"
                        + " on v.id = c.version_id join wiki_attachment a on a.id = v.attachment_id"
                        + " where a.page_id = " + page))
                .isZero();

        Api.Reply fits = upload(sofia, page, "gerade.txt", exactly);
        assertThat(fits.status()).as(fits.body()).isEqualTo(201);
        assertThat(fits.json().get("size").asLong()).isEqualTo(LIMIT);
        assertThat(Database.queryLong("select count(*) from attachment_chunk c join attachment_version v"
                        + " on v.id = c.version_id where v.attachment_id = "
                        + fits.json().get("id").asLong()))
                .as("three chunks of a megabyte")
                .isEqualTo(3);

        Api.Reply noName = upload(sofia, page, "../", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("code").asText()).isEqualTo("error.attachment.nameMissing");
        Api.Reply path = upload(sofia, page, "C:\\Users\\x\\..\\bericht.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(path.json().get("name").asText())
                .as("a path is no part of a name")
                .isEqualTo("bericht.txt");
    }

    @Test
    void anUploadedPageIsAlwaysADownloadThatRunsNothing() {
        Api sofia = Api.as("sofia.rossi");
        long page = page(sofia, wiki(sofia, true), "Web");
        String name = "\"><img src=x onerror=alert(1)>.html";
        Api.Reply html = upload(
                sofia, page, name, "<html><script>alert('file')</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.json().get("name").asText()).isEqualTo(name);
        assertThat(html.json().get("contentType").asText()).isEqualTo("text/html");

        Api.Download download =
                sofia.download("/api/attachments/" + html.json().get("id").asLong() + "/content");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;");
        assertThat(download.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("sandbox");
    }

    @Test
    void filesAreAttachedOnThePageAndOneOverTheLimitGetsAMessage() throws Exception {
        Api lena = Api.as("lena.vogel");
        long page = page(lena, wiki(lena, true), "Formulare");
        Path folder = Files.createTempDirectory("attachments");
        String hostile = "<img src=x onerror=alert('file')>.odt";
        Path file = Files.copy(DOCUMENTS.resolve("testOpenOffice2.odt"), folder.resolve(hostile));
        Path big = folder.resolve("gross.bin");
        Files.write(big, new byte[LIMIT + 1]);

        try (Browser browser = new Browser()) {
            browser.signIn("lena.vogel");
            browser.open("/pages/" + page);
            browser.find("noAttachments");
            browser.find("attachmentFile").sendKeys(file.toString());
            browser.click("uploadAttachment");
            browser.waitForText("is attached (version 1)");
            assertThat(browser.find("attachmentList").getText()).contains(hostile);
            assertThat(browser.openDialog()).isNull();

            browser.find("attachmentFile").sendKeys(file.toString());
            browser.click("uploadAttachment");
            browser.waitForText("is attached (version 2)");
            assertThat(browser.find("attachmentList").getText()).contains("2 versions");
            // the page's download: the file as uploaded, as a download that runs nothing
            String href = browser.find("attachmentList")
                    .findElement(org.openqa.selenium.By.cssSelector("a.wr-list-title"))
                    .getAttribute("href");
            Object headers = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                                    + " + b.byteLength + ' ' + r.headers.get('Content-Disposition') + ' '"
                                    + " + r.headers.get('Content-Security-Policy'))));",
                            href);
            assertThat(String.valueOf(headers))
                    .startsWith("200 " + Files.size(file) + " attachment; filename*=UTF-8''")
                    .endsWith("sandbox; default-src 'none'");

            browser.find("attachmentFile").sendKeys(big.toString());
            browser.click("uploadAttachment");
            browser.waitForText("The file is too large: at most 3 MB. Nothing was saved.");
            assertThat(browser.find("attachmentList").getText()).doesNotContain("gross.bin");

            browser.find("attachmentList")
                    .findElement(org.openqa.selenium.By.cssSelector("button[name=deleteAttachment]"))
                    .click();
            browser.waitForText("is no longer attached");
            browser.find("noAttachments");
            assertThat(browser.openDialog()).isNull();
        }
    }

    static Api.Reply upload(Api writer, long page, String name, byte[] bytes) {
        return writer.post(
                "/api/wiki-pages/" + page + "/attachments?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                "application/octet-stream",
                bytes);
    }

    private static long wiki(Api owner, boolean openToAll) {
        Api.Reply created =
                owner.post("/api/wikis", Map.of("name", "Ablage " + UUID.randomUUID(), "openToAll", openToAll));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static long page(Api writer, long wiki, String title) {
        Api.Reply created =
                writer.post("/api/wikis/" + wiki + "/pages", Map.of("title", title, "markdown", "Siehe Dateien."));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("pageId").asLong();
    }
}
