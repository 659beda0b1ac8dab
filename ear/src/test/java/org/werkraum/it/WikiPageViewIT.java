package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The wiki page view keeps the markup of what every reader with the same rights sees (wr:memo) and gives it again
 * while the page is unchanged: given again it is the same markup, and every change of the page, every reader's rights
 * and language and the reader's own watch show at once.
 */
@ExtendWith(ArquillianExtension.class)
class WikiPageViewIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aPageGivenAgainShowsEveryChangeAndEachReadersRightsLanguageAndWatch() {
        Api sofia = Api.as("sofia.rossi");
        Api.Reply created =
                sofia.post("/api/wikis", Map.of("name", "Einarbeitung " + UUID.randomUUID(), "openToAll", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long wiki = created.json().get("id").asLong();
        long onboarding = page(sofia, wiki, null, "Onboarding", "Start with the **checklist**.");
        long firstWeek = page(sofia, wiki, onboarding, "First week", "Meet the team.");
        page(sofia, wiki, null, "Index", "See [[Onboarding]].");
        String address = "/pages/" + onboarding;

        PageSession owner = PageSession.signIn("sofia.rossi", "werkraum-demo");
        String first = owner.get(address).body();
        String again = owner.get(address).body();
        assertThat(again).as("given again, the same markup").isEqualTo(first);
        Document shown = Jsoup.parse(again);
        assertThat(shown.select("#pageTitle").text()).isEqualTo("Onboarding");
        assertThat(shown.select("#pageBody strong").text()).isEqualTo("checklist");
        assertThat(shown.select("#subpages a").eachText()).containsExactly("First week");
        assertThat(shown.select("#backlinks a").eachText()).containsExactly("Index");
        assertThat(shown.select("#editPage, #movePage, #deletePage, #newSubpage"))
                .hasSize(4);

        // a reader of the open wiki who is not its editor: the page without a single way to change it
        PageSession tom = PageSession.signIn("tom.becker", "werkraum-demo");
        Document asReader = Jsoup.parse(tom.get(address).body());
        assertThat(asReader.select("#pageTitle").text()).isEqualTo("Onboarding");
        assertThat(asReader.select("#subpages a").eachText()).containsExactly("First week");
        assertThat(asReader.select("#editPage, #movePage, #deletePage, #newSubpage, #markTemplate, #uploadForm"))
                .isEmpty();

        // what the page shows changes: a page below renamed, a new page linking here, the text saved again
        Api.Reply renamed = sofia.put(
                "/api/wiki-pages/" + firstWeek,
                Map.of("baseRevision", 1, "title", "First days", "markdown", "Meet the team."));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        page(sofia, wiki, null, "Glossary", "[[Onboarding]] explains it.");
        Api.Reply saved = sofia.put(
                "/api/wiki-pages/" + onboarding,
                Map.of("baseRevision", 1, "title", "Onboarding", "markdown", "Start with the **welcome talk**."));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Document changed = Jsoup.parse(tom.get(address).body());
        assertThat(changed.select("#subpages a").eachText()).containsExactly("First days");
        assertThat(changed.select("#backlinks a").eachText()).containsExactly("Glossary", "Index");
        assertThat(changed.select("#pageBody strong").text()).isEqualTo("welcome talk");
        assertThat(changed.select("#pageRevision").text()).contains("2");

        // the reader's language: the same page in German, then in English again
        HttpResponse<String> toGerman = tom.postPlain("/language", Map.of("to", "de", "back", address));
        assertThat(toGerman.statusCode()).isIn(302, 303);
        Document german = Jsoup.parse(tom.get(address).body());
        assertThat(german.select("#subpagesHeading").text()).isEqualTo("Seiten darunter");
        assertThat(german.select("#backlinksHeading").text()).isEqualTo("Seiten, die hierher verlinken");
        tom.postPlain("/language", Map.of("to", "en", "back", address));
        assertThat(Jsoup.parse(tom.get(address).body())
                        .select("#subpagesHeading")
                        .text())
                .isEqualTo("Pages below");

        // the reader's own watch, while the rest of the page is given again
        assertThat(Jsoup.parse(tom.get(address).body()).select("#watchPage").val())
                .isEqualTo("Watch this page");
        HttpResponse<String> watched = tom.postForm(address, "pageActions", Map.of(), "watchPage", null);
        assertThat(watched.statusCode()).isIn(302, 303);
        Document watching = Jsoup.parse(tom.get(address).body());
        assertThat(watching.select("#unwatchPage").val()).isEqualTo("Stop watching this page");
        assertThat(watching.select("#watchPage")).isEmpty();
        assertThat(Jsoup.parse(owner.get(address).body()).select("#watchPage").val())
                .as("the owner does not watch it")
                .isEqualTo("Watch this page");
    }

    private static long page(Api writer, long wiki, Long parent, String title, String markdown) {
        Map<String, Object> draft = parent == null
                ? Map.of("title", title, "markdown", markdown)
                : Map.of("title", title, "markdown", markdown, "parentId", parent);
        Api.Reply created = writer.post("/api/wikis/" + wiki + "/pages", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("pageId").asLong();
    }
}
