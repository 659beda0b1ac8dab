package org.werkraum.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class InboundMailTest {

    @Test
    void aReplyWithBothPartsIsReadFromItsPlainTextDecodedAndWithoutTheQuote() throws Exception {
        InboundMail mail = read("""
                From: Tom Becker <Tom.Becker@werkraum.example>
                To: "Werkraum" <replies+p-8-2s-h-0123456789abcdef0123@werkraum.example>
                Subject: =?UTF-8?Q?AW:_Werkraum:_Anna_hat_Sie_erw=C3=A4hnt?=
                Message-ID: <abc@mail.example>
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Gr=C3=BC=C3=9Fe, ich bin dabei!

                Von: Werkraum <werkraum@localhost>
                Gesendet: Montag, 7. Dezember 2026 10:00
                An: Tom Becker
                Betreff: Werkraum: Anna hat Sie erw=C3=A4hnt

                ##- Oberhalb dieser Zeile antworten, um zu kommentieren -##
                --b1
                Content-Type: text/html; charset=UTF-8

                <p>Not this part</p>
                --b1--
                """);

        assertThat(mail.text()).isEqualTo("Grüße, ich bin dabei!");
        assertThat(mail.from()).isEqualTo("Tom.Becker@werkraum.example");
        assertThat(mail.recipients()).containsExactly("replies+p-8-2s-h-0123456789abcdef0123@werkraum.example");
        assertThat(mail.subject()).isEqualTo("AW: Werkraum: Anna hat Sie erwähnt");
        assertThat(mail.key()).isEqualTo("<abc@mail.example>");
        assertThat(mail.messageId()).isEqualTo("<abc@mail.example>");
        assertThat(mail.automatic()).isFalse();
    }

    @Test
    void anHtmlOnlyReplyIsReadFromItsHtmlAndTheAddressDeliveredToCounts() throws Exception {
        InboundMail mail = read("""
                From: ben.carter@werkraum.example
                To: team@werkraum.example
                Delivered-To: replies+i-3-5-0123456789abcdef0123@werkraum.example
                Subject: Re: idea
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/html; charset=UTF-8

                <div>Works for me.</div><div class="gmail_quote">On Mon, 7 Dec 2026 at 10:00 Werkraum wrote:\
                <blockquote>old</blockquote></div>
                --m
                Content-Type: text/plain; name="notes.txt"
                Content-Disposition: attachment; filename="notes.txt"

                an attachment, not the reply
                --m--
                """);

        assertThat(mail.text()).isEqualTo("Works for me.");
        assertThat(mail.recipients())
                .containsExactly("team@werkraum.example", "replies+i-3-5-0123456789abcdef0123@werkraum.example");
        assertThat(mail.messageId()).isNull();
        // without a Message-ID the same mail delivered twice is still known as the same
        assertThat(mail.key()).startsWith("sha256:").isEqualTo(read("""
                From: ben.carter@werkraum.example
                Subject: Re: idea
                Content-Type: text/plain

                Works for me.
                """).key());
    }

    @Test
    void absenceNotesBouncesAndListsAreProgramsMails() throws Exception {
        String reply = "To: replies+x@werkraum.example\nSubject: Re\nContent-Type: text/plain\n";
        assertThat(read("From: a@werkraum.example\nAuto-Submitted: auto-replied\n" + reply + "\naway\n")
                        .automatic())
                .isTrue();
        assertThat(read("From: a@werkraum.example\nAuto-Submitted: no\n" + reply + "\nyes\n")
                        .automatic())
                .isFalse();
        assertThat(read("From: a@werkraum.example\nPrecedence: bulk\n" + reply + "\naway\n")
                        .automatic())
                .isTrue();
        assertThat(read("From: a@werkraum.example\nX-Autoreply: yes\n" + reply + "\naway\n")
                        .automatic())
                .isTrue();
        assertThat(read("From: a@werkraum.example\nList-Id: <all.werkraum.example>\n" + reply + "\nhi\n")
                        .automatic())
                .isTrue();
        assertThat(read("From: MAILER-DAEMON@werkraum.example\n" + reply + "\nundeliverable\n")
                        .automatic())
                .isTrue();
        assertThat(read(reply + "\nnobody sent this\n").automatic()).isTrue();
    }

    private static InboundMail read(String raw) throws Exception {
        MimeMessage message = new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        return InboundMail.of(message);
    }
}
