package org.werkraum.mail;

import java.util.Objects;

/**
 * A mail as it waits in the queue: composed, in the recipient's language.
 *
 * @param recipientId
 *            the person it is for, or null for an address outside (an answer to a stranger's reply)
 * @param replyTo
 *            where an answer goes (a signed reply address), or null
 * @param unsubscribeUrl
 *            the one-click address of {@code List-Unsubscribe}, or null for a mail nobody subscribed to
 * @param inReplyTo
 *            the Message-ID of the mail this one answers, or null
 */
public record OutgoingMail(
        Long recipientId,
        String toAddress,
        String toName,
        String subject,
        String text,
        String html,
        String replyTo,
        String unsubscribeUrl,
        String inReplyTo) {

    public OutgoingMail {
        Objects.requireNonNull(toAddress, "toAddress");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
