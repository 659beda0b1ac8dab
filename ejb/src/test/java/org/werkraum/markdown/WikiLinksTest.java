package org.werkraum.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class WikiLinksTest {

    @Test
    void titlesAreTheLinkedPagesEachOnceInTheirOrderButNotInCode() {
        String text = "See [[Travel policy]] and [[Expenses|how to claim]], again [[travel POLICY]].\n\n"
                + "`[[Not a link]]` and\n\n    [[Nor this]]\n\n[[ Spaced title ]] [[]] [[a|]]";

        assertThat(WikiLinks.titles(text)).containsExactly("Travel policy", "Expenses", "Spaced title", "a");
    }

    @Test
    void linksToExistingPagesLeadThereAndMissingOnesToTheFormThatCreatesThem() {
        List<String> asked = new ArrayList<>();
        String html =
                Markdown.toHtml("[[Travel policy]], [[Expenses|how to claim]] and [[travel policy|again]]", title -> {
                    asked.add(title);
                    return title.equals("Expenses")
                            ? new WikiTarget("/werkraum/wikis/7/new?title=Expenses&parent=12", false)
                            : new WikiTarget("/werkraum/pages/3", true);
                });

        Document page = Jsoup.parseBodyFragment(html);
        List<Element> links = page.select("a");
        assertThat(links).extracting(Element::text).containsExactly("Travel policy", "how to claim", "again");
        assertThat(links)
                .extracting(a -> a.attr("href"))
                .containsExactly(
                        "/werkraum/pages/3", "/werkraum/wikis/7/new?title=Expenses&parent=12", "/werkraum/pages/3");
        assertThat(links)
                .extracting(a -> a.attr("class"))
                .containsExactly("wr-wikilink", "wr-wikilink wr-missing", "wr-wikilink");
        assertThat(asked).as("one question per title").containsExactly("Travel policy", "Expenses");
    }

    @Test
    void markupInTitlesAndLabelsIsTextAndTheAddressStaysOnWerkraum() {
        // typed as tags they are HTML (cleaned as in any text); written as entities they reach the link as text
        String html = Markdown.toHtml(
                "[[&lt;script&gt;alert(1)&lt;/script&gt;|&lt;img src=x onerror=alert(2)&gt;]] [[<svg onload=alert(3)>]]",
                title -> new WikiTarget("javascript:alert(4)", true));

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, svg, img, [onerror], [onload]")).isEmpty();
        assertThat(page.select("a")).extracting(Element::text).containsExactly("<img src=x onerror=alert(2)>");
        assertThat(page.select("a[href]")).as("no javascript: address survives").isEmpty();
    }

    @Test
    void bracketsInsideALinkOrOutsideAWikiPageStayText() {
        assertThat(Markdown.toHtml("[a [[b]] c](https://example.org)", title -> new WikiTarget("/x", true)))
                .isEqualTo("<p><a href=\"https://example.org\">a [[b]] c</a></p>\n");
        assertThat(Markdown.toHtml("[[Travel policy]]"))
                .as("blog posts have no wiki links")
                .isEqualTo("<p>[[Travel policy]]</p>\n");
    }

    @Test
    void aRenameRewritesTheLinksToThePageAndNothingElse() {
        String text = "# Links\r\n\r\nSee [[Travel policy]], [[travel Policy|the policy]] and [[Travel policy 2]].\r\n"
                + "> quoted [[ Travel policy ]]\r\n\r\n"
                + "```\r\n[[Travel policy]] in code\r\n```\r\n\r\n- item *[[Travel policy]]*\r\n";

        assertThat(WikiLinks.retarget(text, "TRAVEL POLICY", "Travel rules"))
                .isEqualTo(
                        "# Links\r\n\r\nSee [[Travel rules]], [[Travel rules|the policy]] and [[Travel policy 2]].\r\n"
                                + "> quoted [[Travel rules]]\r\n\r\n"
                                + "```\r\n[[Travel policy]] in code\r\n```\r\n\r\n- item *[[Travel rules]]*\r\n");
    }

    @Test
    void aRenameLeavesALinkWrittenWithEscapesAsItIs() {
        String text = "[[Travel\\_policy]] and\n\n[[Travel_policy]]";

        assertThat(WikiLinks.titles(text)).containsExactly("Travel_policy");
        assertThat(WikiLinks.retarget(text, "Travel_policy", "Rules"))
                .isEqualTo("[[Travel\\_policy]] and\n\n[[Rules]]");
    }
}
