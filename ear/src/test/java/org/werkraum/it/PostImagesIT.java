package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Images for posts ({@code POST /api/images}, {@code GET /images/42}): what an upload is, its bytes decide; an image is
 * its uploader's alone until a published post of his shows it, and then every reader's of that post.
 */
@ExtendWith(ArquillianExtension.class)
class PostImagesIT {

    private static final Path DOCUMENTS =
            Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "documents");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void anUploadIsJudgedByItsBytesNotByWhatItClaims() throws IOException {
        Api clara = Api.as("clara.costa");
        String claras =
                "select count(*) from post_image where owner_id = (select id from person where login = 'clara.costa')";
        long before = Database.queryLong(claras);

        Api.Reply png = clara.post("/api/images", "application/octet-stream", TestImages.png(64, 32));
        assertThat(png.status()).as(png.body()).isEqualTo(201);
        JsonNode image = png.json();
        assertThat(image.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(image.get("url").asText())
                .isEqualTo("/werkraum/images/" + image.get("id").asLong());
        assertThat(image.get("markdown").asText())
                .isEqualTo("![](/werkraum/images/" + image.get("id").asLong() + ")");
        assertThat(png.headers().firstValue("Location").orElseThrow())
                .endsWith("/werkraum/images/" + image.get("id").asLong());

        Api.Reply pdf = clara.post("/api/images", "image/png", Files.readAllBytes(DOCUMENTS.resolve("testPDF.pdf")));
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.json().get("code").asText()).isEqualTo("error.image.notAnImage");

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
        Api.Reply script = clara.post("/api/images", "image/svg+xml", svg);
        assertThat(script.status()).as("an SVG can carry scripts").isEqualTo(400);
        assertThat(script.json().get("code").asText()).isEqualTo("error.image.notAnImage");

        Api.Reply empty = clara.post("/api/images", "image/png", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("code").asText()).isEqualTo("error.image.empty");

        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        byte[] header = TestImages.png(8, 8);
        System.arraycopy(header, 0, tooLarge, 0, header.length);
        Api.Reply large = clara.post("/api/images", "image/png", tooLarge);
        assertThat(large.status()).isEqualTo(413);
        assertThat(large.json().get("code").asText()).isEqualTo("error.image.tooLarge");
        assertThat(large.json().get("errors").get(0).get("field").asText()).isEqualTo("image");

        assertThat(Database.queryLong(claras)).as("nothing refused is kept").isEqualTo(before + 1);
    }

    @Test
    void anImageIsItsUploadersUntilAPublishedPostOfHisShowsIt() {
        Api laura = Api.as("laura.kaya");
        String url = laura.post("/api/images", "image/png", TestImages.png(20, 20))
                .json()
                .get("url")
                .asText();
        String path = url.substring("/werkraum".length());
        PageSession lauraPages = PageSession.signIn("laura.kaya", Api.DEMO_PASSWORD);
        PageSession tomPages = PageSession.signIn("tom.becker", Api.DEMO_PASSWORD);

        HttpResponse<String> own = lauraPages.get(path);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(own.headers().firstValue("Cache-Control").orElseThrow()).startsWith("private");
        assertThat(tomPages.get(path).statusCode())
                .as("not yet shown by any post")
                .isEqualTo(404);

        // someone else's post showing it does not make it his
        long toms = Api.as("tom.becker")
                .post(
                        "/api/posts",
                        Map.of("title", "Fremdes Bild", "markdown", "![fremd](" + url + ")", "tags", List.of()))
                .json()
                .get("id")
                .asLong();
        Api.as("tom.becker").post("/api/posts/" + toms + "/publish", Map.of());
        assertThat(tomPages.get(path).statusCode()).isEqualTo(404);

        long draft = laura.post(
                        "/api/posts",
                        Map.of("title", "Mit Bild", "markdown", "Vorher\n\n![Logo](" + url + ")", "tags", List.of()))
                .json()
                .get("id")
                .asLong();
        assertThat(tomPages.get(path).statusCode()).as("shown by a draft only").isEqualTo(404);
        assertThat(lauraPages.get(path).statusCode()).isEqualTo(200);

        Api.Reply published = laura.post("/api/posts/" + draft + "/publish", Map.of());
        assertThat(published.json().get("html").asText()).contains("<img src=\"" + url + "\" alt=\"Logo\" />");
        assertThat(tomPages.get(path).statusCode()).isEqualTo(200);
        assertThat(tomPages.get("/images/999999999").statusCode()).isEqualTo(404);
        assertThat(tomPages.get("/images/abc").statusCode()).isEqualTo(404);
    }
}
