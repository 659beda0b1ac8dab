package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pages live at addresses people can read, bookmark and share, every link on them has that form, and the addresses of
 * the first release lead to the same pages.
 */
@ExtendWith(ArquillianExtension.class)
class CleanUrlsIT {

    /** A link or form action that shows a view's file name (style sheets and scripts of Faces aside). */
    private static final Pattern FILE_NAME_LINK =
            Pattern.compile("(?:href|action)=\"((?![^\"]*jakarta\\.faces\\.resource)[^\"]*\\.xhtml[^\"]*)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void pagesAnswerAtTheirCleanAddressesAndLinkOnlyToSuch() {
        PageSession jonas = PageSession.signIn("jonas.meyer", Api.DEMO_PASSWORD);
        long falcon = communityId("ben.carter", "Project Falcon");

        HttpResponse<String> profile = jonas.get("/people/jonas.meyer");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains("id=\"profileName\"").contains("Jonas Meyer");
        assertThat(profile.body())
                .as("a link from a profile to its manager")
                .containsPattern("href=\"/werkraum/people/[a-z.]+\"");

        HttpResponse<String> community = jonas.get("/communities/" + falcon);
        assertThat(community.statusCode()).isEqualTo(200);
        assertThat(community.body()).contains("Project Falcon");
        assertThat(community.body())
                .as("its forms post back to its address")
                .contains("action=\"/werkraum/communities/" + falcon + "\"")
                .as("its tag links to the directory of that tag")
                .contains("href=\"/werkraum/communities?tag=confidential\"");

        for (String address : new String[] {
            "/",
            "/people",
            "/people?location=Stuttgart",
            "/people/jonas.meyer/edit",
            "/communities",
            "/communities/new",
            "/communities/" + falcon,
            "/search?q=Falcon",
            "/account/tokens",
            "/account/password"
        }) {
            HttpResponse<String> page = jonas.get(address);
            assertThat(page.statusCode()).as(address).isEqualTo(200);
            List<String> fileNames = new ArrayList<>();
            Matcher links = FILE_NAME_LINK.matcher(page.body());
            while (links.find()) {
                fileNames.add(links.group(1));
            }
            assertThat(fileNames).as("links on " + address).isEmpty();
        }
    }

    @Test
    void theHeaderSwitchesLanguageAndSignsOutWithoutKeepingViewState() {
        PageSession jonas = PageSession.signIn("jonas.meyer", Api.DEMO_PASSWORD);

        HttpResponse<String> profile = jonas.get("/people/ben.carter");
        assertThat(profile.body())
                .as("someone else's profile only shows: no Faces form, so no view state kept for it")
                .doesNotContain("jakarta.faces.ViewState")
                .contains("<form id=\"logoutForm\" method=\"post\" action=\"/werkraum/logout\"")
                .contains("name=\"back\" value=\"/werkraum/people/ben.carter\"");

        HttpResponse<String> german =
                jonas.postPlain("/language", Map.of("to", "de", "back", "/werkraum/people/ben.carter?from=header"));
        assertRedirectedTo(german, "/werkraum/people/ben.carter?from=header");
        assertThat(jonas.get("/people/ben.carter").body())
                .contains("lang=\"de\"")
                .contains("Abmelden");

        assertRedirectedTo(
                jonas.postPlain("/language", Map.of("to", "en", "back", "https://evil.example/werkraum/")),
                "/werkraum/");
        assertRedirectedTo(jonas.postPlain("/language", Map.of("to", "xx", "back", "//evil.example/")), "/werkraum/");
        assertThat(jonas.get("/").body())
                .as("an unknown language keeps the chosen one")
                .contains("lang=\"en\"");

        assertThat(jonas.get("/logout").statusCode())
                .as("a link cannot sign anyone out")
                .isEqualTo(405);
        assertThat(jonas.get("/").statusCode()).isEqualTo(200);
        assertRedirectedTo(jonas.postPlain("/logout", Map.of()), "/werkraum/login");
        HttpResponse<String> after = jonas.get("/");
        assertThat(after.statusCode()).as("signed out").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    @Test
    void unknownAddressesPeopleCommunitiesPostsAndIdeasAreNotFound() {
        PageSession emma = PageSession.signIn("emma.fischer", Api.DEMO_PASSWORD);

        assertThat(emma.get("/people/nobody.here").statusCode()).isEqualTo(404);
        assertThat(emma.get("/communities/999999999").statusCode()).isEqualTo(404);
        assertThat(emma.get("/communities/" + communityId("anna.schmidt", "Leadership Circle"))
                        .statusCode())
                .as("a restricted community she is not in")
                .isEqualTo(404);
        assertThat(emma.get("/posts/15/x").statusCode())
                .as("no route there (a relative image of a post's editor asks for it)")
                .isEqualTo(404);
        assertThat(emma.get("/posts/999999999").statusCode()).isEqualTo(404);
        assertThat(emma.get("/ideas/999999999").statusCode()).isEqualTo(404);
        assertThat(emma.get("/boards/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void addressesOfTheFirstReleaseLeadToTheSamePages() {
        PageSession jonas = PageSession.signIn("jonas.meyer", Api.DEMO_PASSWORD);
        long falcon = communityId("ben.carter", "Project Falcon");
        long jonasId =
                Api.as("jonas.meyer").get("/api/people/me").json().get("id").asLong();

        assertMovedTo(jonas.get("/community.xhtml?id=" + falcon), "/werkraum/communities/" + falcon);
        assertMovedTo(jonas.get("/people.xhtml?location=Berlin"), "/werkraum/people?location=Berlin");
        assertMovedTo(jonas.get("/search.xhtml?q=Falcon"), "/werkraum/search?q=Falcon");
        assertMovedTo(jonas.get("/tokens.xhtml"), "/werkraum/account/tokens");
        assertMovedTo(jonas.get("/admin/search.xhtml"), "/werkraum/admin/search");
        assertMovedTo(
                PageSession.anonymous().get("/password-reset.xhtml?token=wrr_x"),
                "/werkraum/password-reset?token=wrr_x");
        assertMovedTo(PageSession.anonymous().get("/login.xhtml"), "/werkraum/login");

        assertThat(jonas.get("/WEB-INF/views/people/profile.xhtml?login=jonas.meyer")
                        .statusCode())
                .as("a view only shows at its address")
                .isEqualTo(404);

        HttpResponse<String> byId = jonas.get("/profile.xhtml?id=" + jonasId);
        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(byId.body()).contains("Jonas Meyer");
    }

    @Test
    void signingInLeadsBackToTheCleanAddressAskedFor() {
        HttpResponse<String> asked = PageSession.anonymous().get("/people/jonas.meyer");

        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location").orElseThrow())
                .endsWith("/werkraum/login?next=%2Fpeople%2Fjonas.meyer");
    }

    private static void assertRedirectedTo(HttpResponse<String> answer, String location) {
        assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(location);
    }

    private static void assertMovedTo(HttpResponse<String> answer, String location) {
        assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(301);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith(location);
    }

    private static long communityId(String member, String name) {
        return Api.as(member)
                .get("/api/communities?name=" + name.replace(" ", "%20"))
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
    }
}
