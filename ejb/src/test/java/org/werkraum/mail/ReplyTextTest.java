package org.werkraum.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplyTextTest {

    private static final String FUSCE = "Fusce bibendum, quam hendrerit sagittis tempor, dui turpis tempus erat,"
            + " pharetra sodales ante sem sit amet metus.";
    private static final String FUSCE_END =
            "et mollis ligula rutrum quis. Fusce sed odio id arcu varius aliquet nec" + " nec nibh.";

    @Test
    void everythingFromOurLineOnIsTheMailAnsweredQuotedOrNot() {
        String reply =
                "Gute Idee, ich bin dabei.\n\nAm 7. Dez. 2026 um 10:12 schrieb Werkraum <werkraum@example.com>:\n"
                        + "> ##- Oberhalb dieser Zeile antworten, um zu kommentieren -##\n>\n> Hallo Ben Carter,\n";
        assertThat(ReplyText.visible(reply)).isEqualTo("Gute Idee, ich bin dabei.");

        String unquoted = "Yes.\r\n\r\n##- Reply above this line to answer with a comment -##\r\n\r\nHello Ben,\r\n";
        assertThat(ReplyText.visible(unquoted)).isEqualTo("Yes.");
    }

    @Test
    void germanQuoteHeadersOutlookBlocksAndPhonesEndTheReply() {
        String german = fixture("crisp-email_german.txt");
        assertThat(ReplyText.visible(german)).startsWith(FUSCE).endsWith(FUSCE_END);
        assertThat(ReplyText.visible(fixture("crisp-email_german_2.txt")))
                .startsWith(FUSCE)
                .endsWith(FUSCE_END);
        assertThat(ReplyText.visible(fixture("crisp-email_german_3.txt")))
                .startsWith(FUSCE)
                .endsWith(FUSCE_END);
        assertThat(ReplyText.visible(fixture("crisp-email_german_outlook.txt")))
                .startsWith(FUSCE)
                .endsWith(FUSCE_END);
        assertThat(ReplyText.visible(fixture("crisp-email_ios_outlook.txt")))
                .startsWith(FUSCE)
                .endsWith(FUSCE_END);
        assertThat(ReplyText.visible(fixture("crisp-email_gmail_split_line_from.txt")))
                .startsWith(FUSCE)
                .endsWith(FUSCE_END);
        assertThat(ReplyText.visible(fixture("crisp-email_original_message.txt")))
                .startsWith(FUSCE)
                .endsWith(FUSCE_END);
        assertThat(ReplyText.visible(fixture("github-email_2_1.txt"))).isEqualTo("Outlook with a reply");
    }

    @Test
    void signaturesGoAfterTheirLineOrAsAPhonesLastLineButNotWhereTheyOnlyLookLikeOne() {
        assertThat(ReplyText.visible(fixture("github-correct_sig.txt")))
                .isEqualTo("this is an email with a correct -- signature.");
        assertThat(ReplyText.visible(fixture("crisp-email_iphone.txt"))).isEqualTo("Here is another email");
        assertThat(ReplyText.visible(fixture("github-email_BlackBerry.txt"))).isEqualTo("Here is another email");
        assertThat(ReplyText.visible(fixture("crisp-email_sent_from_my_not_signature.txt")))
                .isEqualTo("Here is another email\n\nSent from my desk, is much easier then my mobile phone.");
        assertThat(ReplyText.visible(fixture("github-email_sig_delimiter_in_middle_of_line.txt")))
                .isEqualTo("Hi there!\n\nStuff happened.\n\nAnd here is a fix -- this is not a signature.\n\nkthxbai");
    }

    @Test
    void aQuoteAtTheEndGoesWithItsHeaderButAnswersBetweenQuotesKeepWhatTheyAnswer() {
        assertThat(ReplyText.visible(fixture("github-email_1_3.txt")))
                .isEqualTo("Oh thanks.\n\nHaving the function would be great.\n\n-Abhishek Kona");
        assertThat(ReplyText.visible(fixture("github-email_one_is_not_on.txt")))
                .isEqualTo("Thank, this is really helpful.\n\nOne outstanding question I had:\n\n"
                        + "Locally (on development), when I run...");
        String greedy = ReplyText.visible(fixture("github-greedy_on.txt"));
        assertThat(greedy).startsWith("On your remote host you can run:").endsWith("the tunnel is not working.");

        String interleaved = ReplyText.visible(fixture("github-email_1_2.txt"));
        assertThat(interleaved)
                .startsWith("Hi,\nOn Tue, 2011-03-01 at 18:02 +0530, Abhishek Kona wrote:\n> Hi folks")
                .contains("You can list the keys for the bucket and call delete for each.")
                .endsWith("the keys in a bucket, you’ll need to delete them all individually.\"")
                .doesNotContain("-Abhishek Kona");
    }

    @Test
    void aReplyOfNothingButTheQuoteIsEmpty() {
        assertThat(ReplyText.visible("\n\nOn Mon, 7 Dec 2026 at 10:00, Werkraum wrote:\n> Hello\n"))
                .isEmpty();
        assertThat(ReplyText.visible("> ##- Reply above this line -##\n> Hello"))
                .isEmpty();
        assertThat(ReplyText.visible("-- \nBen")).isEmpty();
    }

    @Test
    void anHtmlOnlyReplyLosesItsQuoteAndSignatureAndKeepsItsLines() {
        String gmail = "<div dir=\"ltr\">Sounds good,<br>count me in.<div><br></div><div>Ben</div></div>"
                + "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, 7 Dec 2026 at 10:00,"
                + " Werkraum &lt;werkraum@example.com&gt; wrote:<br></div><blockquote class=\"gmail_quote\">"
                + "<p>##- Reply above this line to answer with a comment -##</p><p>Hello Ben</p></blockquote></div>";
        assertThat(ReplyText.visibleHtml(gmail)).isEqualTo("Sounds good,\ncount me in.\n\nBen");

        String outlook = "<html><body><div><p>Einverstanden &amp; danke.</p></div><div id=\"Signature\">"
                + "<p>Tom Becker | Einkauf</p></div><hr><div id=\"divRplyFwdMsg\"><b>Von:</b> Werkraum<br>"
                + "<b>Gesendet:</b> Montag</div><div><p>##- Oberhalb dieser Zeile antworten -##</p>"
                + "<p>Hallo Tom</p></div></body></html>";
        assertThat(ReplyText.visibleHtml(outlook)).isEqualTo("Einverstanden & danke.");
    }

    private static String fixture(String name) {
        try (InputStream in = ReplyTextTest.class.getResourceAsStream("replies/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
