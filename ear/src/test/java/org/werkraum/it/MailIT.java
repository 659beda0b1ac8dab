package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.werkraum.it.ActivityStreamIT.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.werkraum.devservices.EmbeddedDatabase;
import org.werkraum.devservices.TestServices;

/**
 * E-mail through a real SMTP server (GreenMail): a mention mailed at once, in the person's language, with a plain-text
 * and an HTML part (a hostile title escaped) and a one-click way out that works without signing in; a daily digest
 * that never repeats what an earlier one sent and is not sent when there is nothing new; a mail server that is away
 * holds no write up, and the mail goes out when it is back; two nodes send each mail once; a reply to a mention
 * becomes a comment, once, and a reply that cannot be one is answered with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("<(https?://[^>]+)>");
    private static final String REPLIES = "replies@werkraum.example";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void aMentionIsMailedAtOnceInThePersonsLanguageWithAOneClickWayOut() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Api emma = Api.as("emma.fischer");
        Api tom = Api.as("tom.becker");
        assertThat(emma.put("/api/mail/settings", Map.of("language", "en")).status())
                .isEqualTo(200);
        assertThat(tom.put("/api/mail/settings", Map.of("language", "de")).status())
                .isEqualTo(200);
        Api.Reply bad = emma.put("/api/mail/settings", Map.of("language", "fr"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("German (de) or English (en)");

        String title = "<b>Kantine</b> & \"Plan\" " + word;
        long post = publish(Api.as("anna.schmidt"), title, "Was meinen @emma.fischer und @tom.becker?", null);

        MimeMessage english = mailTo("emma.fischer@werkraum.example", word);
        assertThat(english.getSubject())
                .isEqualTo("Werkraum: Anna Schmidt mentioned you in the post \"" + title + "\"");
        MimeMultipart parts = (MimeMultipart) english.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        String text = text(parts, "text/plain");
        String html = text(parts, "text/html");
        assertThat(text)
                .startsWith("##- Reply above this line to answer with a comment -##\n\nHello Emma Fischer,")
                .contains("Was meinen @emma.fischer und @tom.becker?")
                .containsPattern("Open: http[^\\s]*/werkraum/posts/" + post + "\\n")
                .contains("Stop these mails: ");
        assertThat(html)
                .contains("&lt;b&gt;Kantine&lt;/b&gt; &amp; &quot;Plan&quot;")
                .doesNotContain("<b>Kantine</b>")
                .contains("/werkraum/posts/" + post + "\"")
                .contains("lang=\"en\"");
        String unsubscribe = header(english, "List-Unsubscribe");
        assertThat(header(english, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(english.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");

        MimeMessage german = mailTo("tom.becker@werkraum.example", word);
        assertThat(german.getSubject()).isEqualTo("Werkraum: Anna Schmidt hat Sie im Beitrag „" + title + "“ erwähnt");
        assertThat(text((MimeMultipart) german.getContent(), "text/plain"))
                .startsWith("##- Oberhalb dieser Zeile antworten, um zu kommentieren -##\n\nHallo Tom Becker,")
                .contains("Öffnen: ");

        // the one click of a mail program, without signing in; a changed token stops nothing
        Matcher address = UNSUBSCRIBE.matcher(unsubscribe);
        assertThat(address.matches()).as(unsubscribe).isTrue();
        String path = path(address.group(1));
        assertThat(oneClick(path.replaceFirst("token=u", "token=v"))).isEqualTo(404);
        assertThat(oneClick(path + "x")).isEqualTo(404);
        assertThat(frequency(emma, "MENTION")).isEqualTo("IMMEDIATELY");
        assertThat(oneClick(path)).isEqualTo(200);
        assertThat(frequency(emma, "MENTION")).isEqualTo("OFF");
        assertThat(frequency(emma, "COMMENT")).as("only mentions stop").isEqualTo("DAILY");
        // the page of the link in the text asks first; anonymous; a made-up token is not valid
        assertThat(PageSession.anonymous().get("/mail/stop?token=nothing").body())
                .contains("id=\"mailStopInvalid\"");
        String page = PageSession.anonymous()
                .get(path.replace("/mail/unsubscribe", "/mail/stop"))
                .body();
        assertThat(page).contains("id=\"mailStopButton\"").contains("Mentions of you");

        publish(Api.as("anna.schmidt"), "Noch eine Frage " + word, "@emma.fischer, @tom.becker?", null);
        mailTo("tom.becker@werkraum.example", "Noch eine Frage " + word);
        Thread.sleep(1_000);
        assertThat(count("emma.fischer@werkraum.example", "Noch eine Frage " + word))
                .as("no more mentions by mail for Emma")
                .isZero();
        assertThat(emma.put("/api/mail/settings", Map.of("frequencies", Map.of("MENTION", "IMMEDIATELY")))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDigestNeverRepeatsAnEarlierOneAndIsNotSentWhenEmpty() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Api clara = Api.as("clara.costa");
        Api lena = Api.as("lena.vogel");
        assertThat(clara.put("/api/mail/settings", Map.of("language", "en")).status())
                .isEqualTo(200);
        assertThat(Api.as("jonas.meyer")
                        .post("/api/admin/mail/digests/daily", "")
                        .status())
                .as("only admins")
                .isEqualTo(403);
        // what came before this test goes out first, so that it does not count below
        digests(lena);

        long post = publish(clara, "Sommerfest " + word, "Wer kommt?", null);
        Api.as("sofia.rossi").post("/api/posts/" + post + "/comments", Map.of("markdown", "Ich! " + word));
        Api.as("ben.carter").post("/api/posts/" + post + "/comments", Map.of("markdown", "Ich auch " + word));

        assertThat(digests(lena)).isPositive();
        MimeMessage digest = mailTo("clara.costa@werkraum.example", "Sommerfest " + word);
        assertThat(digest.getSubject()).startsWith("Werkraum: your daily digest");
        String text = text((MimeMultipart) digest.getContent(), "text/plain");
        assertThat(text)
                .contains("Ben Carter and one other commented on your post \"Sommerfest " + word + "\"")
                .contains("Ich auch " + word);
        assertThat(header(digest, "List-Unsubscribe")).contains("/mail/unsubscribe?token=");

        // again at once: nothing new, no mail
        assertThat(digests(lena)).as("an empty digest is not sent").isZero();
        Thread.sleep(2_000);
        assertThat(count("clara.costa@werkraum.example", "Sommerfest " + word))
                .as("one digest")
                .isEqualTo(1);

        // something new: the next digest has it, and not what the first one had
        Api.as("tom.becker").post("/api/posts/" + post + "/comments", Map.of("markdown", "Später " + word));
        digests(lena);
        MimeMessage second = mailTo("clara.costa@werkraum.example", "Später " + word);
        String secondText = text((MimeMultipart) second.getContent(), "text/plain");
        assertThat(secondText)
                .contains("Tom Becker commented on your post \"Sommerfest " + word + "\"")
                .doesNotContain("Ich auch " + word)
                .doesNotContain("Ich! " + word);

        // what was seen in Werkraum is no news by mail
        Api.as("sofia.rossi").post("/api/posts/" + post + "/comments", Map.of("markdown", "Gesehen " + word));
        assertThat(clara.post("/api/notifications/read", "").status()).isEqualTo(204);
        assertThat(digests(lena)).as("nothing unseen").isZero();
        assertThat(clara.delete("/api/posts/" + post).status()).isEqualTo(204);
    }

    @Test
    void aLeadershipUpdateReachesEveryoneWhoWantsItAtOnce() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Api sofia = Api.as("sofia.rossi");
        assertThat(sofia.put("/api/mail/settings", Map.of("frequencies", Map.of("LEADERSHIP_UPDATE", "OFF")))
                        .status())
                .isEqualTo(200);
        assertThat(Api.as("clara.costa")
                        .put("/api/mail/settings", Map.of("language", "en"))
                        .status())
                .isEqualTo(200);
        Api emma = Api.as("emma.fischer");
        assertThat(emma.put("/api/mail/settings", Map.of("frequencies", Map.of("LEADERSHIP_UPDATE", "DAILY")))
                        .status())
                .isEqualTo(200);
        Map<String, Object> update = new java.util.HashMap<>();
        update.put("title", "Unser Jahr " + word);
        update.put("markdown", "Liebe Kolleginnen und Kollegen, wir **wachsen**.");
        update.put("leadershipUpdate", true);
        Api anna = Api.as("anna.schmidt");
        long post = anna.post("/api/posts", update).json().get("id").asLong();
        assertThat(anna.post("/api/posts/" + post + "/publish", Map.of()).status())
                .isEqualTo(200);

        MimeMessage toClara = mailTo("clara.costa@werkraum.example", "Unser Jahr " + word);
        assertThat(toClara.getSubject())
                .isEqualTo("Werkraum: Anna Schmidt wrote a leadership update: \"Unser Jahr " + word + "\"");
        assertThat(text((MimeMultipart) toClara.getContent(), "text/plain"))
                .contains("Liebe Kolleginnen und Kollegen, wir wachsen.")
                .contains("/werkraum/posts/" + post + "\n");
        mailTo("tom.becker@werkraum.example", "Unser Jahr " + word);
        Thread.sleep(2_000);
        assertThat(count("sofia.rossi@werkraum.example", "Unser Jahr " + word))
                .as("she chose never")
                .isZero();
        assertThat(count("anna.schmidt@werkraum.example", "Unser Jahr " + word))
                .as("not its author")
                .isZero();
        assertThat(count("clara.costa@werkraum.example", "Unser Jahr " + word))
                .as("once")
                .isEqualTo(1);
        assertThat(count("emma.fischer@werkraum.example", "Unser Jahr " + word))
                .as("she gets them daily")
                .isZero();
        // in her next digest, once
        digests(Api.as("lena.vogel"));
        MimeMessage digest = mailTo("emma.fischer@werkraum.example", "Unser Jahr " + word);
        assertThat(text((MimeMultipart) digest.getContent(), "text/plain"))
                .contains("Anna Schmidt")
                .contains("Unser Jahr " + word)
                .contains("/werkraum/posts/" + post + "\n");
        digests(Api.as("lena.vogel"));
        Thread.sleep(2_000);
        assertThat(count("emma.fischer@werkraum.example", "Unser Jahr " + word))
                .as("never twice")
                .isEqualTo(1);
        assertThat(emma.put("/api/mail/settings", Map.of("frequencies", Map.of("LEADERSHIP_UPDATE", "IMMEDIATELY")))
                        .status())
                .isEqualTo(200);
        assertThat(sofia.put("/api/mail/settings", Map.of("frequencies", Map.of("LEADERSHIP_UPDATE", "IMMEDIATELY")))
                        .status())
                .isEqualTo(200);
        assertThat(anna.delete("/api/posts/" + post).status()).isEqualTo(204);
    }

    @Test
    void aMailServerThatIsAwayHoldsNoWriteUpAndTheMailGoesOutLater() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        long post = publish(Api.as("jonas.meyer"), "Ausfall " + word, "Text", null);
        TestServices.mail().close();
        try {
            Api.Reply comment = Api.as("sofia.rossi")
                    .post("/api/posts/" + post + "/comments", Map.of("markdown", "Frage an @jonas.meyer " + word));
            assertThat(comment.status()).as("the write does not wait for mail").isEqualTo(201);
            long queued =
                    Database.queryLong("select id from mail_queue where to_address = 'jonas.meyer@werkraum.example'"
                            + " order by id desc limit 1");
            waitFor(() -> Database.queryLong("select attempts from mail_queue where id = " + queued) >= 2);
            assertThat(Database.queryString("select status from mail_queue where id = " + queued))
                    .isEqualTo("QUEUED");
        } finally {
            TestServices.mail().start();
        }
        MimeMessage late = mailTo("jonas.meyer@werkraum.example", "Frage an @jonas.meyer " + word);
        assertThat(late.getSubject()).contains("Ausfall " + word);
        assertThat(Database.queryLong(
                        "select count(*) from mail_queue where status = 'SENT' and text_body like '%" + word + "%'"))
                .as("sent once")
                .isEqualTo(1);
        assertThat(Api.as("jonas.meyer").delete("/api/posts/" + post).status()).isEqualTo(204);
    }

    @Test
    void aReplyToAMentionBecomesACommentAndAStrangersOrAMadeUpAddressIsAnsweredWithTheReason() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Api lea = Api.as("lea.krause");
        Api jonas = Api.as("jonas.meyer");
        assertThat(lea.put(
                                "/api/mail/settings",
                                Map.of("language", "en", "frequencies", Map.of("MENTION", "IMMEDIATELY")))
                        .status())
                .isEqualTo(200);
        long post = publish(lea, "Offsite " + word, "Where shall we go?", null);
        Api.Reply asked = jonas.post(
                "/api/posts/" + post + "/comments", Map.of("markdown", "@lea.krause, the lake again? " + word));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long question = asked.json().get("id").asLong();

        MimeMessage mention = mailTo("lea.krause@werkraum.example", word);
        String replyAddress = header(mention, "Reply-To");
        assertThat(replyAddress).matches("replies\\+p-[0-9a-z-]+@werkraum\\.example");
        assertThat(replyAddress.length() - "@werkraum.example".length()).isLessThanOrEqualTo(64);
        String mailed = text((MimeMultipart) mention.getContent(), "text/plain");
        assertThat(mailed).startsWith("##- Reply above this line to answer with a comment -##");

        // Lea answers from her mail program: her text, her signature, the mail quoted below a header
        String answer = "Yes, the lake! Bring boots, " + word + ".";
        String quoted = "> " + mailed.replace("\n", "\n> ");
        deliver(reply(
                "lea.krause@werkraum.example",
                replyAddress,
                "Re: " + mention.getSubject(),
                "<first-" + word + "@mail.example>",
                answer + "\n\n-- \nLea Krause, Facilities\n\nOn Mon, 7 Dec 2026 at 10:00, Werkraum"
                        + " <werkraum@localhost> wrote:\n" + quoted));
        JsonNode comment = replyBy(lea, post, question, "lea.krause");
        assertThat(comment.get("html").asText())
                .contains("Yes, the lake! Bring boots, " + word + ".")
                .doesNotContain("Facilities")
                .doesNotContain("wrote:")
                .doesNotContain("Reply above");
        waitFor(() -> replyMailbox().isEmpty());
        // Jonas hears of the answer to his comment as of any other
        JsonNode told = jonas.get("/api/notifications").json().get("items");
        assertThat(told.findValues("kind").stream().map(JsonNode::asText)).contains("REPLY");

        // the same mail once more (a second node, a mail server that delivered twice): no second comment
        deliver(reply(
                "lea.krause@werkraum.example",
                replyAddress,
                "Re: " + mention.getSubject(),
                "<first-" + word + "@mail.example>",
                answer));
        waitFor(() -> replyMailbox().isEmpty());

        // someone else answering Lea's mail is told why not, in his language, with his text; nothing is posted
        deliver(reply(
                "tom.becker@werkraum.example",
                replyAddress,
                "Re: Offsite " + word,
                "<tom-" + word + "@mail.example>",
                "Ich komme auch mit, " + word));
        MimeMessage refused = mailTo("tom.becker@werkraum.example", "Ich komme auch mit, " + word);
        assertThat(refused.getSubject()).isEqualTo("Ihre Antwort wurde nicht veröffentlicht: Re: Offsite " + word);
        assertThat(text((MimeMultipart) refused.getContent(), "text/plain"))
                .contains("nur von der Adresse angenommen, an die die Benachrichtigung ging")
                .contains("> Ich komme auch mit, " + word)
                .doesNotContain("lea.krause");
        assertThat(header(refused, "In-Reply-To")).isEqualTo("<tom-" + word + "@mail.example>");
        assertThat(header(refused, "Auto-Submitted")).isEqualTo("auto-replied");

        // a reply address made up or changed is answered too; an absence note is not answered at all
        String madeUp = replyAddress.replaceFirst("-[0-9a-f]{20}@", "-0123456789abcdef0123@");
        deliver(reply(
                "lea.krause@werkraum.example",
                madeUp,
                "Re: Offsite",
                "<made-up-" + word + "@mail.example>",
                "Made up " + word));
        MimeMessage unknown = mailTo("lea.krause@werkraum.example", "Made up " + word);
        assertThat(text((MimeMultipart) unknown.getContent(), "text/plain"))
                .contains("not one of the reply addresses Werkraum gives its mails");
        MimeMessage absent = reply(
                "lea.krause@werkraum.example",
                replyAddress,
                "Out of office",
                "<away-" + word + "@mail.example>",
                "I am away until Monday " + word);
        absent.setHeader("Auto-Submitted", "auto-replied");
        deliver(absent);
        waitFor(() -> replyMailbox().isEmpty());
        Thread.sleep(1_500);
        assertThat(count("lea.krause@werkraum.example", "I am away until Monday " + word))
                .isZero();
        JsonNode replies = question(lea, post, question).get("replies");
        assertThat(replies.size()).as("one comment of all these mails").isEqualTo(1);
    }

    /**
     * Two nodes send from one queue. The test is the second node: it takes 15 due mails with the queue's own claim
     * ({@code FOR UPDATE SKIP LOCKED}) and holds them while the server sends. The server must send the other 15
     * without waiting for the test's lock and without touching its 15; the test sends those and marks them sent as a
     * node does. Each of the 30 arrives once.
     */
    @Test
    void withTwoNodesEachMailGoesOutOnce() throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String subject = "'Two nodes " + word + "'";
        Database.execute("insert into mail_queue (to_address, subject, text_body, html_body, next_attempt_at)"
                + " select 'node' || n || '-" + word + "@werkraum.example', " + subject + ", " + subject
                + ", '<p>Two nodes</p>', now() + interval '2 seconds' from generate_series(1, 30) n");
        List<Long> mine = new ArrayList<>();
        List<String> myAddresses = new ArrayList<>();
        try (Connection node = DriverManager.getConnection(
                TestServices.database().jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
            node.setAutoCommit(false);
            try (Statement claim = node.createStatement();
                    ResultSet taken = claim.executeQuery("select id, to_address from mail_queue where status ="
                            + " 'QUEUED' and subject = " + subject + " order by id limit 15 for update skip locked")) {
                while (taken.next()) {
                    mine.add(taken.getLong(1));
                    myAddresses.add(taken.getString(2));
                }
            }
            assertThat(mine).hasSize(15);
            String ids = mine.stream().map(String::valueOf).collect(Collectors.joining(","));
            // the server sends the rest while this node holds its 15: it neither waits for them nor takes them
            waitFor(() ->
                    Database.queryLong("select count(*) from mail_queue where status = 'SENT' and subject = " + subject)
                            == 15);
            assertThat(Database.queryLong(
                            "select count(*) from mail_queue where status = 'SENT' and id in (" + ids + ")"))
                    .as("none of the mails another node holds")
                    .isZero();
            ServerSetup smtp = new ServerSetup(TestServices.mail().smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            for (String address : myAddresses) {
                GreenMailUtil.sendTextEmail(address, "werkraum@localhost", "Two nodes " + word, "Two nodes", smtp);
            }
            try (Statement sent = node.createStatement()) {
                sent.executeUpdate("update mail_queue set status = 'SENT', sent_at = now(), attempts = attempts + 1"
                        + " where id in (" + ids + ")");
            }
            node.commit();
        }
        Thread.sleep(2_500);
        for (int n = 1; n <= 30; n++) {
            assertThat(count("node" + n + "-" + word + "@werkraum.example", "Two nodes " + word))
                    .as("mail " + n)
                    .isEqualTo(1);
        }
    }

    /** A mail as a mail program writes it, with its own Message-ID. */
    private static MimeMessage reply(String from, String to, String subject, String messageId, String text)
            throws MessagingException {
        MimeMessage message = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.saveChanges();
        return message;
    }

    /**
     * Puts a mail into the reply mailbox as a mail server does with {@code replies+…@} (plus addressing): GreenMail
     * keeps a mailbox per address, so the test delivers it there itself.
     */
    private static void deliver(MimeMessage message) throws Exception {
        mails().setUser(REPLIES, REPLIES, "replies").deliver(message);
    }

    private static List<MimeMessage> replyMailbox() {
        try {
            return mails().getUserManager().getUser(REPLIES) == null
                    ? List.of()
                    : List.of(mails()
                            .getUserManager()
                            .getImapHostManager()
                            .getInbox(mails().getUserManager().getUser(REPLIES))
                            .getNonDeletedMessages()
                            .stream()
                            .map(m -> m.getMimeMessage())
                            .toArray(MimeMessage[]::new));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The reply by a person to a comment, waited for up to 20 seconds. */
    private static JsonNode replyBy(Api reader, long post, long comment, String login) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            for (JsonNode reply : question(reader, post, comment).get("replies")) {
                if (reply.get("authorLogin").asText().equals(login)) {
                    return reply;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no reply by " + login + " to comment " + comment);
    }

    private static JsonNode question(Api reader, long post, long comment) {
        for (JsonNode item : reader.get("/api/posts/" + post + "/comments")
                .json()
                .get("comments")
                .get("items")) {
            if (item.get("id").asLong() == comment) {
                return item;
            }
        }
        throw new AssertionError("no comment " + comment + " on post " + post);
    }

    private static int digests(Api admin) {
        Api.Reply sent = admin.post("/api/admin/mail/digests/daily", "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json().get("queued").asInt();
    }

    private static String frequency(Api person, String kind) {
        JsonNode settings = person.get("/api/mail/settings").json();
        return settings.get("frequencies").get(kind).asText();
    }

    private static int oneClick(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.BASE + path))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    /** The newest mail to an address whose text contains a word, waited for up to 20 seconds. */
    private static MimeMessage mailTo(String address, String word) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            MimeMessage[] received = mails().getReceivedMessages();
            for (int i = received.length - 1; i >= 0; i--) {
                if (recipients(received[i]).contains(address)
                        && readable(received[i]).contains(word)) {
                    return received[i];
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address + " with " + word);
    }

    /** The subject and the decoded plain text. */
    private static String readable(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        return message.getSubject()
                + "\n"
                + (content instanceof MimeMultipart parts
                        ? text(parts, "text/plain")
                        : String.valueOf(content).replace("\r\n", "\n"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 20 s").isLessThan(until);
            Thread.sleep(200);
        }
    }

    private static GreenMail mails() {
        return TestServices.mail().greenMail();
    }

    /** A part's text, with the line ends of the mail (CRLF) as Java writes them. */
    private static String text(MimeMultipart parts, String type) throws MessagingException, IOException {
        return ((String) part(parts, type).getContent()).replace("\r\n", "\n");
    }

    /** How many mails to an address have a word in their subject or text. */
    private static long count(String address, String word) {
        return Arrays.stream(mails().getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .filter(m -> {
                    try {
                        return readable(m).contains(word);
                    } catch (MessagingException | IOException e) {
                        throw new AssertionError(e);
                    }
                })
                .count();
    }

    private static BodyPart part(MimeMultipart parts, String type) throws MessagingException {
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith(type)) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        assertThat(values).as(name).isNotNull().hasSize(1);
        return values[0];
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath().replaceFirst("^/werkraum", "") + "?" + uri.getRawQuery();
    }

    private static String recipients(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
