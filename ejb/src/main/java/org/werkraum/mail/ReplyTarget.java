package org.werkraum.mail;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.werkraum.notification.Notice;
import org.werkraum.notification.NotificationKind;

/**
 * What a reply to a notification mail becomes: a comment by the person the mail was for, on a post (answering one of
 * its comments, when the mail was about a comment) or on an idea. Only mentions, comments and replies can be answered
 * so; a like or a changed page has nothing to answer.
 *
 * @param parentId
 *            the comment of a post the reply answers, or null for a comment on the post itself
 */
record ReplyTarget(Kind kind, long personId, long subjectId, Long parentId) {

    /** What the reply comments on. */
    enum Kind {
        POST('p'),
        IDEA('i');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }
    }

    private static final Pattern PAYLOAD = Pattern.compile("([pi])-([0-9a-z]+)-([0-9a-z]+)(?:-([0-9a-z]+))?");

    /** Where a reply to the mail of this notice goes, for those notices one can answer. */
    static Optional<ReplyTarget> of(Notice notice, long recipientId) {
        if (notice.kind() != NotificationKind.MENTION
                && notice.kind() != NotificationKind.COMMENT
                && notice.kind() != NotificationKind.REPLY) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                switch (notice.subjectType()) {
                    case POST -> new ReplyTarget(Kind.POST, recipientId, notice.subjectId(), notice.anchorId());
                    case POST_COMMENT -> new ReplyTarget(Kind.POST, recipientId, notice.parentId(), notice.anchorId());
                    case IDEA -> new ReplyTarget(Kind.IDEA, recipientId, notice.subjectId(), null);
                    case PAGE, COMMUNITY -> null;
                });
    }

    /**
     * The target as a reply address carries it: lowercase letters, digits and dashes only ({@code p-5-2s-8z}), since
     * mail servers may change the case of an address.
     */
    String payload() {
        return kind.letter
                + "-"
                + Long.toString(personId, Character.MAX_RADIX)
                + "-"
                + Long.toString(subjectId, Character.MAX_RADIX)
                + (parentId == null ? "" : "-" + Long.toString(parentId, Character.MAX_RADIX));
    }

    /** The target a payload names; nothing for one not written by {@link #payload()}. */
    static Optional<ReplyTarget> parse(String payload) {
        Matcher matcher = PAYLOAD.matcher(payload);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReplyTarget(
                    matcher.group(1).equals("p") ? Kind.POST : Kind.IDEA,
                    Long.parseLong(matcher.group(2), Character.MAX_RADIX),
                    Long.parseLong(matcher.group(3), Character.MAX_RADIX),
                    matcher.group(4) == null ? null : Long.parseLong(matcher.group(4), Character.MAX_RADIX)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
