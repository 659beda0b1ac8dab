package org.werkraum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The reply addresses of notification mails: the mailbox {@code werkraum.mail.reply-address} (say
 * {@code replies@intranet.example}) with a signed token after a plus ({@code replies+p-5-2s-8z-1f0c…@intranet.example}),
 * which mail servers deliver to that mailbox (Postfix' {@code recipient_delimiter}, Exchange Online's and Gmail's plus
 * addressing). Without that setting mails have no reply address and say nothing of answering.
 */
@ApplicationScoped
public class ReplyAddresses {

    /** RFC 5321's limit of an address's local part. */
    static final int LOCAL_PART_MAX = 64;

    private static final Logger LOG = Logger.getLogger(ReplyAddresses.class.getName());

    @Inject
    MailTokens tokens;

    /** Whether replies by mail are taken at all. */
    public boolean enabled() {
        return mailbox().isPresent();
    }

    /** The address a reply to the mail of this target goes to; nothing when replies are not taken. */
    Optional<String> of(ReplyTarget target) {
        return mailbox().flatMap(box -> {
            String local = box.local() + "+" + tokens.signReply(target.payload());
            if (local.length() > LOCAL_PART_MAX) {
                LOG.warning("The reply address would be longer than an address may be; shorten "
                        + "werkraum.mail.reply-address's part before the @");
                return Optional.empty();
            }
            return Optional.of(local + "@" + box.domain());
        });
    }

    /** The target a reply was sent to, if the address is one of ours and its token is signed here. */
    Optional<ReplyTarget> target(String address) {
        Optional<Mailbox> box = mailbox();
        int at = address.lastIndexOf('@');
        if (box.isEmpty() || at < 1) {
            return Optional.empty();
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        String prefix = box.get().local() + "+";
        if (!domain.equalsIgnoreCase(box.get().domain())
                || !local.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return tokens.verifyReply(local.substring(prefix.length())).flatMap(ReplyTarget::parse);
    }

    private record Mailbox(String local, String domain) {}

    private static Optional<Mailbox> mailbox() {
        String configured =
                System.getProperty("werkraum.mail.reply-address", "").strip();
        int at = configured.lastIndexOf('@');
        if (at < 1 || at == configured.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Mailbox(configured.substring(0, at), configured.substring(at + 1)));
    }
}
