package org.werkraum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.commonmark.renderer.html.HtmlWriter;
import org.werkraum.notification.NotificationKind;

/**
 * Writes the mails: what happened, as a plain-text part and an HTML part, in the recipient's language (the bundle
 * {@code org.werkraum.mail.Mails}), each line with the link to where it happened and every mail with the way to stop
 * it. User text (names, titles, excerpts) is escaped by commonmark-java's HTML writer in the HTML part.
 */
@ApplicationScoped
public class MailComposer {

    private static final String BUNDLE = "org.werkraum.mail.Mails";

    @Inject
    MailTokens tokens;

    /**
     * A mail of one notification, sent at once; the stop link turns off its kind. With a reply address (null for
     * none), an answer to it becomes a comment: the mail begins with the line above which to write.
     */
    OutgoingMail immediate(Recipient to, MailLine line, String replyAddress) {
        ResourceBundle texts = bundle(to);
        String sentence = sentence(texts, line);
        String stopToken = tokens.sign("u:" + to.personId() + ":" + line.kind().name());
        String why = format(texts, "footer.immediate", kindName(texts, line.kind()));
        return compose(
                to, texts, format(texts, "subject.immediate", sentence), List.of(line), why, stopToken, replyAddress);
    }

    /** A digest: everything new of the kinds the recipient gets at this frequency; its stop link turns them off. */
    OutgoingMail digest(Recipient to, Frequency frequency, List<MailLine> lines) {
        ResourceBundle texts = bundle(to);
        String subject = format(texts, "subject." + frequency.name(), lines.size());
        String stopToken = tokens.sign("d:" + to.personId() + ":" + frequency.name());
        String why = texts.getString("footer." + frequency.name());
        return compose(to, texts, subject, lines, why, stopToken, null);
    }

    private OutgoingMail compose(
            Recipient to,
            ResourceBundle texts,
            String subject,
            List<MailLine> lines,
            String why,
            String stopToken,
            String replyAddress) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(to.locale())
                .withZone(ZoneId.systemDefault());
        String greeting = format(texts, "greeting", to.name());
        String open = texts.getString("open");
        String stop = texts.getString("footer.stop");
        String settings = texts.getString("footer.settings");

        String replyAbove =
                replyAddress == null ? null : ReplyText.MARKER + " " + texts.getString("reply.above") + " -##";

        StringBuilder text = new StringBuilder();
        if (replyAbove != null) {
            text.append(replyAbove).append("\n\n");
        }
        text.append(greeting).append("\n\n");
        for (MailLine line : lines) {
            text.append(sentence(texts, line))
                    .append(" (")
                    .append(dates.format(line.at()))
                    .append(")\n");
            if (!line.excerpt().isBlank()) {
                text.append("\n    ").append(line.excerpt()).append("\n");
            }
            text.append("\n").append(open).append(": ").append(line.link()).append("\n\n");
        }
        text.append("-- \n")
                .append(why)
                .append("\n")
                .append(stop)
                .append(": ")
                .append(MailLinks.stop(stopToken))
                .append("\n")
                .append(settings)
                .append(": ")
                .append(MailLinks.settings())
                .append("\n");

        StringBuilder html = new StringBuilder();
        HtmlWriter out = new HtmlWriter(html);
        out.raw("<!DOCTYPE html>");
        out.tag("html", Map.of("lang", to.language()));
        out.raw("<head><meta charset=\"utf-8\"><title>");
        out.text(subject);
        out.raw("</title></head>");
        out.tag("body", Map.of("style", "font-family: sans-serif; line-height: 1.4; color: #1f2328"));
        if (replyAbove != null) {
            out.tag("p", Map.of("style", "color: #57606a; font-size: .85em"));
            out.text(replyAbove);
            out.tag("/p");
        }
        element(out, "p", greeting);
        for (MailLine line : lines) {
            out.tag("div", Map.of("style", "margin: 0 0 1.25em"));
            out.tag("p", Map.of("style", "margin: 0"));
            out.text(sentence(texts, line));
            out.tag("br");
            out.tag("small", Map.of("style", "color: #57606a"));
            out.text(dates.format(line.at()));
            out.tag("/small");
            out.tag("/p");
            if (!line.excerpt().isBlank()) {
                out.tag(
                        "blockquote",
                        Map.of("style", "margin: .5em 0; padding-left: .75em; border-left: 3px solid #d0d7de"));
                out.text(line.excerpt());
                out.tag("/blockquote");
            }
            out.tag("p", Map.of("style", "margin: .25em 0 0"));
            link(out, line.link(), open);
            out.tag("/p");
            out.tag("/div");
        }
        out.tag("hr");
        out.tag("p", Map.of("style", "color: #57606a; font-size: .9em"));
        out.text(why);
        out.tag("br");
        link(out, MailLinks.stop(stopToken), stop);
        out.text(" · ");
        link(out, MailLinks.settings(), settings);
        out.tag("/p");
        out.tag("/body");
        out.tag("/html");
        return new OutgoingMail(
                to.personId(),
                to.email(),
                to.name(),
                subject,
                text.toString(),
                html.toString(),
                replyAddress,
                MailLinks.unsubscribe(stopToken),
                null);
    }

    /**
     * The answer to a reply by mail that did not become a comment: why, and the sender's text, so that nothing he
     * wrote is lost. It threads under his mail and is marked as an automatic answer, which programs do not answer.
     */
    OutgoingMail refusal(Long recipientId, String toAddress, String language, Refusal refusal, InboundMail reply) {
        ResourceBundle texts = bundle(Locale.forLanguageTag(language));
        String subject = format(texts, "reply.subject", reply.subject().isBlank() ? "Werkraum" : reply.subject());
        String intro = texts.getString("reply.intro");
        String reason = format(texts, "reply." + refusal.reason().name(), refusal.detail());
        StringBuilder text =
                new StringBuilder(intro).append("\n\n").append(reason).append("\n");
        if (!reply.text().isBlank()) {
            text.append("\n").append(texts.getString("reply.yours")).append("\n\n");
            reply.text().lines().forEach(line -> text.append("> ").append(line).append("\n"));
        }
        StringBuilder html = new StringBuilder();
        HtmlWriter out = new HtmlWriter(html);
        out.raw("<!DOCTYPE html>");
        out.tag("html", Map.of("lang", language));
        out.raw("<head><meta charset=\"utf-8\"><title>");
        out.text(subject);
        out.raw("</title></head>");
        out.tag("body", Map.of("style", "font-family: sans-serif; line-height: 1.4; color: #1f2328"));
        for (String paragraph : intro.split("\n\n")) {
            element(out, "p", paragraph);
        }
        element(out, "p", reason);
        if (!reply.text().isBlank()) {
            element(out, "p", texts.getString("reply.yours"));
            out.tag(
                    "pre",
                    Map.of("style", "white-space: pre-wrap; padding-left: .75em; border-left: 3px solid #d0d7de"));
            out.text(reply.text());
            out.tag("/pre");
        }
        out.tag("/body");
        out.tag("/html");
        return new OutgoingMail(
                recipientId, toAddress, null, subject, text.toString(), html.toString(), null, null, reply.messageId());
    }

    /** The texts in the recipient's language; English for any other (never the server's own language). */
    static ResourceBundle bundle(Recipient to) {
        return bundle(to.locale());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "Ben Carter and 2 others commented on your post "Lunch"". */
    static String sentence(ResourceBundle texts, MailLine line) {
        String who = line.others() == 0 ? line.actorName() : format(texts, "others", line.actorName(), line.others());
        return format(
                texts,
                "line." + line.kind().name() + "." + line.subjectType().name(),
                who,
                line.title(),
                line.others());
    }

    static String kindName(ResourceBundle texts, NotificationKind kind) {
        return texts.getString("kind." + kind.name());
    }

    private static void element(HtmlWriter out, String name, String text) {
        out.tag(name);
        out.text(text);
        out.tag("/" + name);
    }

    private static void link(HtmlWriter out, String href, String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("href", href);
        out.tag("a", attributes);
        out.text(text);
        out.tag("/a");
    }

    private static String format(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(
                        texts.getString(key),
                        texts.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : texts.getLocale())
                .format(arguments);
    }
}
