package org.werkraum.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void mentionsAreLoginsEachOnceInTheirOrderLowerCaseWithoutTheFullStopAfterThem() {
        String text = "Thanks @anna.schmidt and @Ben.Carter. Again: @anna.schmidt!\n\n"
                + "Grüße an @lena.vogel, bis bald (@tom_becker-2).";

        assertThat(Mentions.logins(text)).containsExactly("anna.schmidt", "ben.carter", "lena.vogel", "tom_becker-2");
    }

    @Test
    void eMailAddressesCodeAndLinksMentionNobody() {
        String text = "Write to anna.schmidt@example.com or <ben.carter@example.com>, not `@sofia.rossi`.\n\n"
                + "```\n@tom.becker in a code block\n```\n\n    @jonas.meyer indented\n\n"
                + "[@lena.vogel](https://example.com/lena) and ![@emma.fischer](/werkraum/images/1) and @ alone, @a";

        assertThat(Mentions.logins(text)).isEmpty();
    }

    @Test
    void aMentionIsShownAsALinkToTheProfile() {
        Element link = Jsoup.parse(Markdown.toHtml("Hi **@anna.schmidt**, see @ben.carter."))
                .selectFirst("a.wr-mention");

        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("/werkraum/people/anna.schmidt");
        assertThat(link.text()).isEqualTo("@anna.schmidt");
        assertThat(Jsoup.parse(Markdown.toHtml("Hi **@anna.schmidt**, see @ben.carter."))
                        .text())
                .isEqualTo("Hi @anna.schmidt, see @ben.carter.");
    }

    @Test
    void aMentionInAWikiPageIsALinkTooAndItsTextStaysInThePlainText() {
        String html =
                Markdown.toHtml("[[Travel]] by @anna.schmidt", title -> new WikiTarget("/werkraum/pages/3", true));

        assertThat(Jsoup.parse(html).select("a").eachAttr("href"))
                .containsExactly("/werkraum/pages/3", "/werkraum/people/anna.schmidt");
        assertThat(Markdown.toText("Ask @anna.schmidt about it")).isEqualTo("Ask @anna.schmidt about it");
    }

    @Test
    void whatFollowsAMentionStaysText() {
        String html = Markdown.toHtml("@anna\"><script>alert(1)</script> @x");

        assertThat(Jsoup.parse(html).select("script")).isEmpty();
        assertThat(Jsoup.parse(html).select("a.wr-mention").eachText()).containsExactly("@anna");
        assertThat(Mentions.logins("@anna\"><img src=x onerror=alert(1)>")).containsExactly("anna");
    }
}
