package org.werkraum.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.werkraum.notification.NotificationKind;
import org.werkraum.notification.SubjectType;

class MailComposerTest {

    private static final Instant AT = Instant.parse("2026-12-07T08:30:00Z");

    private final MailComposer composer = composer();

    @Test
    void aMentionIsOneSentenceInTheSubjectAndTheTextWithTheLinkToTheComment() {
        OutgoingMail mail = composer.immediate(
                new Recipient(7, "emma@example.com", "Emma Fischer", "en"),
                line(NotificationKind.MENTION, SubjectType.POST, 42, null, 17L, "Anna Schmidt", 0, "Lunch"),
                null);

        assertThat(mail.subject()).isEqualTo("Werkraum: Anna Schmidt mentioned you in the post \"Lunch\"");
        assertThat(mail.text())
                .startsWith("Hello Emma Fischer,\n\nAnna Schmidt mentioned you in the post \"Lunch\" (")
                .contains("\n    Was meint ihr?\n")
                .contains("Open: http://localhost:8080/werkraum/posts/42#comment-17\n")
                .contains("You get this mail because you get mentions by mail at once.")
                .contains("Stop these mails: http://localhost:8080/werkraum/mail/stop?token=u%3A7%3AMENTION.signed");
        assertThat(mail.unsubscribeUrl())
                .isEqualTo("http://localhost:8080/werkraum/mail/unsubscribe?token=u%3A7%3AMENTION.signed");
        assertThat(mail.recipientId()).isEqualTo(7);
        assertThat(mail.toAddress()).isEqualTo("emma@example.com");
    }

    @Test
    void germanAgreesWithHowManyDidItAndQuotesTheGermanWay() {
        OutgoingMail mail = composer.digest(
                new Recipient(8, "tom@example.com", "Tom Becker", "de"),
                Frequency.DAILY,
                List.of(
                        line(NotificationKind.COMMENT, SubjectType.POST, 42, null, 18L, "Ben Carter", 2, "Sommerfest"),
                        line(NotificationKind.LIKE, SubjectType.POST, 43, null, null, "Lena Vogel", 0, "Kantine")));

        assertThat(mail.subject()).isEqualTo("Werkraum: Ihre tägliche Zusammenfassung, 2 Neuigkeiten");
        assertThat(mail.text())
                .startsWith("Hallo Tom Becker,")
                .contains("Ben Carter und 2 weitere haben Ihren Beitrag „Sommerfest“ kommentiert")
                .contains("Lena Vogel mag Ihren Beitrag „Kantine“")
                .contains("Öffnen: http://localhost:8080/werkraum/posts/43\n")
                .contains(
                        "Diese Mails abbestellen: http://localhost:8080/werkraum/mail/stop?token=d%3A8%3ADAILY.signed");
        OutgoingMail one = composer.digest(
                new Recipient(8, "tom@example.com", "Tom Becker", "de"),
                Frequency.WEEKLY,
                List.of(line(NotificationKind.COMMENT, SubjectType.POST, 42, null, 18L, "Ben Carter", 1, "Fest")));
        assertThat(one.subject()).isEqualTo("Werkraum: Ihre wöchentliche Zusammenfassung, eine Neuigkeit");
        assertThat(one.text()).contains("Ben Carter und eine weitere Person haben Ihren Beitrag „Fest“ kommentiert");
    }

    @Test
    void theHtmlPartEscapesWhatPeopleWroteAndLinksEveryLine() {
        OutgoingMail mail = composer.immediate(
                new Recipient(7, "emma@example.com", "<i>Emma</i>", "en"),
                line(
                        NotificationKind.REPLY,
                        SubjectType.POST_COMMENT,
                        5,
                        42L,
                        9L,
                        "<script>alert(1)</script>",
                        0,
                        "<img src=x onerror=alert(2)>"),
                null);

        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("script, img, i")).isEmpty();
        assertThat(html.text())
                .contains("Hello <i>Emma</i>,")
                .contains("<script>alert(1)</script> replied to your comment on \"<img src=x onerror=alert(2)>\"");
        assertThat(html.select("a").eachAttr("href"))
                .containsExactly(
                        "http://localhost:8080/werkraum/posts/42#comment-9",
                        "http://localhost:8080/werkraum/mail/stop?token=u%3A7%3AREPLY.signed",
                        "http://localhost:8080/werkraum/settings/mail");
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void aMailThatCanBeAnsweredBeginsWithTheLineToAnswerAboveAndCarriesItsReplyAddress() {
        String address = "replies+p-7-16-h-0123456789abcdef0123@werkraum.example";
        OutgoingMail english = composer.immediate(
                new Recipient(7, "emma@example.com", "Emma Fischer", "en"),
                line(NotificationKind.COMMENT, SubjectType.POST, 42, null, 17L, "Anna Schmidt", 0, "Lunch"),
                address);
        assertThat(english.replyTo()).isEqualTo(address);
        assertThat(english.text())
                .startsWith("##- Reply above this line to answer with a comment -##\n\nHello Emma Fischer,\n");
        assertThat(Jsoup.parse(english.html()).selectFirst("body p").text())
                .isEqualTo("##- Reply above this line to answer with a comment -##");

        OutgoingMail german = composer.immediate(
                new Recipient(8, "tom@example.com", "Tom Becker", "de"),
                line(NotificationKind.MENTION, SubjectType.IDEA, 5, null, null, "Anna Schmidt", 0, "Kantine"),
                address);
        assertThat(german.text()).startsWith("##- Oberhalb dieser Zeile antworten, um zu kommentieren -##\n\n");
        // what the line says is what a reply is cut at
        assertThat(ReplyText.visible("Gern!\n\n> " + german.text().replace("\n", "\n> ")))
                .isEqualTo("Gern!");

        OutgoingMail digest = composer.digest(
                new Recipient(8, "tom@example.com", "Tom Becker", "de"),
                Frequency.DAILY,
                List.of(line(NotificationKind.COMMENT, SubjectType.POST, 42, null, 18L, "Ben Carter", 0, "Fest")));
        assertThat(digest.replyTo()).isNull();
        assertThat(digest.text()).doesNotContain(ReplyText.MARKER);
    }

    @Test
    void anUnknownLanguageGetsEnglishNotTheServersLanguage() {
        OutgoingMail mail = composer.immediate(
                new Recipient(7, "x@example.com", "X", "fr"),
                line(NotificationKind.INVITATION, SubjectType.COMMUNITY, 3, null, null, "Anna", 0, "Search Guild"),
                null);

        assertThat(mail.subject()).isEqualTo("Werkraum: Anna invited you to join Search Guild");
        assertThat(mail.text()).contains("Open: http://localhost:8080/werkraum/communities/3\n");
    }

    @Test
    void mentionsAndLeadershipUpdatesComeAtOnceLikesNeverTheRestDaily() {
        assertThat(Frequency.defaultFor(NotificationKind.MENTION)).isEqualTo(Frequency.IMMEDIATELY);
        assertThat(Frequency.defaultFor(NotificationKind.LEADERSHIP_UPDATE)).isEqualTo(Frequency.IMMEDIATELY);
        assertThat(Frequency.defaultFor(NotificationKind.LIKE)).isEqualTo(Frequency.OFF);
        assertThat(Frequency.defaultFor(NotificationKind.COMMENT)).isEqualTo(Frequency.DAILY);
        assertThat(Frequency.defaultFor(NotificationKind.PAGE_CHANGED)).isEqualTo(Frequency.DAILY);
    }

    private static MailLine line(
            NotificationKind kind,
            SubjectType type,
            long subject,
            Long parent,
            Long anchor,
            String actor,
            long others,
            String title) {
        return new MailLine(kind, type, subject, parent, anchor, actor, others, title, "Was meint ihr?", AT);
    }

    private static MailComposer composer() {
        MailComposer composer = new MailComposer();
        composer.tokens = new MailTokens() {
            @Override
            public String sign(String payload) {
                return payload + ".signed";
            }
        };
        return composer;
    }
}
