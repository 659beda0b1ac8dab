package org.werkraum.mail;

/**
 * Why a reply by mail did not become a comment; thrown where that is found, answered by mail ({@link ReplyMails}).
 *
 * @param detail
 *            what the reason's text names (the longest comment), or null
 */
final class Refusal extends RuntimeException {

    /** The reasons, each a text of the mail bundle ({@code reply.TOKEN}, …). */
    enum Reason {
        /** The address is not a reply address Werkraum gave out: made up, changed, or not ours. */
        TOKEN,
        /** It came from another address than the one the notification went to. */
        SENDER,
        /** Nothing of the sender's own above the quoted mail. */
        EMPTY,
        /** What it answers is gone, or the sender may no longer read it. */
        GONE,
        /** The sender may not comment there. */
        DENIED,
        /** Comments are no longer taken there. */
        CLOSED,
        /** Longer than a comment may be. */
        TOO_LONG,
        /** Refused for another reason, named in English by the service. */
        REFUSED
    }

    private final Reason reason;
    private final transient Object detail;

    Refusal(Reason reason, Object detail) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.detail = detail;
    }

    Reason reason() {
        return reason;
    }

    Object detail() {
        return detail;
    }
}
