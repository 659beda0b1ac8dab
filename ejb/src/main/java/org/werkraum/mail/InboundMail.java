package org.werkraum.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A mail taken from the reply mailbox, as far as a reply needs it.
 *
 * @param key
 *            what names it among all mails received, on every node: its Message-ID, or a digest of it without one
 * @param messageId
 *            its Message-ID, for the answer to thread under; null without one
 * @param from
 *            the sender's address, empty for none
 * @param recipients
 *            every address it was for (To, Cc, and where the mail server says it delivered it)
 * @param text
 *            what the sender wrote, without the quoted mail and his signature ({@link ReplyText})
 * @param automatic
 *            sent by a program (an absence note, a bounce, a list), which is never answered: that is how mail loops
 *            begin (RFC 3834)
 */
record InboundMail(
        String key,
        String messageId,
        String from,
        List<String> recipients,
        String subject,
        String text,
        boolean automatic) {

    private static final int KEY_MAX = 300;

    /** Headers in which mail servers name the address they delivered to, beside To and Cc. */
    private static final List<String> DELIVERED_TO = List.of("Delivered-To", "X-Original-To", "Envelope-To");

    InboundMail {
        Objects.requireNonNull(key, "key");
        from = from == null ? "" : from;
        recipients = List.copyOf(recipients);
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
    }

    static InboundMail of(MimeMessage message) throws MessagingException, IOException {
        String messageId = message.getMessageID();
        String from = "";
        Address[] senders = message.getFrom();
        if (senders != null && senders.length > 0 && senders[0] instanceof InternetAddress sender) {
            from = sender.getAddress() == null ? "" : sender.getAddress();
        }
        List<String> recipients = new ArrayList<>();
        for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            Address[] addresses = message.getRecipients(type);
            if (addresses != null) {
                for (Address address : addresses) {
                    if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                        recipients.add(internet.getAddress());
                    }
                }
            }
        }
        for (String header : DELIVERED_TO) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    recipients.addAll(addresses(value));
                }
            }
        }
        String text = "";
        Object body = body(message);
        if (body instanceof Html html) {
            text = ReplyText.visibleHtml(html.markup());
        } else if (body instanceof String plain) {
            text = ReplyText.visible(plain);
        }
        String subject = message.getSubject();
        String key = messageId != null && messageId.length() <= KEY_MAX
                ? messageId
                : "sha256:" + digest(from + "\n" + message.getSentDate() + "\n" + subject + "\n" + text);
        return new InboundMail(key, messageId, from, recipients, subject, text, automatic(message, from));
    }

    /** RFC 3834's Auto-Submitted, the older Precedence and X-Autoreply, lists, and bounces. */
    private static boolean automatic(MimeMessage message, String from) throws MessagingException {
        String submitted = message.getHeader("Auto-Submitted", null);
        if (submitted != null && !submitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = message.getHeader("Precedence", null);
        if (precedence != null
                && List.of("bulk", "junk", "list", "auto_reply")
                        .contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (message.getHeader("X-Autoreply") != null
                || message.getHeader("X-Autorespond") != null
                || message.getHeader("List-Id") != null) {
            return true;
        }
        String local = from.contains("@") ? from.substring(0, from.indexOf('@')).toLowerCase(Locale.ROOT) : from;
        return from.isEmpty()
                || local.equals("mailer-daemon")
                || local.equals("postmaster")
                || message.isMimeType("multipart/report");
    }

    /** The reply's text: the plain part where there is one, else the HTML part ({@link Html}), else nothing. */
    private static Object body(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("text/html")) {
            return new Html(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
            Object found = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                Object body = body(child);
                if (body instanceof String) {
                    return body;
                }
                if (found == null) {
                    found = body;
                }
            }
            return found;
        }
        return null;
    }

    private record Html(String markup) {}

    private static List<String> addresses(String header) {
        try {
            List<String> found = new ArrayList<>();
            for (InternetAddress address : InternetAddress.parseHeader(header, false)) {
                if (address.getAddress() != null) {
                    found.add(address.getAddress());
                }
            }
            return found;
        } catch (AddressException e) {
            return List.of();
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
