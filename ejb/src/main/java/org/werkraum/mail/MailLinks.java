package org.werkraum.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.werkraum.notification.SubjectType;
import org.werkraum.shared.Addresses;

/**
 * The addresses mails lead to, in full: {@code werkraum.base-url} (where people reach Werkraum, behind its proxy) and
 * the paths of the web module's routes (its {@code Route}; a test there keeps the two in step).
 */
public final class MailLinks {

    static final String POST = "/posts/";
    static final String IDEA = "/ideas/";
    static final String PAGE = "/pages/";
    static final String COMMUNITY = "/communities/";
    static final String NOTIFICATIONS = "/notifications";
    static final String SETTINGS = "/settings/mail";
    static final String UNSUBSCRIBE = "/mail/unsubscribe";
    static final String STOP = "/mail/stop";

    private MailLinks() {}

    /** Where Werkraum answers, without a slash at the end. */
    public static String base() {
        String configured = System.getProperty("werkraum.base-url", "").strip();
        return (configured.isEmpty() ? "http://localhost:8080" + Addresses.CONTEXT_ROOT : configured)
                .replaceAll("/+$", "");
    }

    /** The subject of a notification, at the comment it is about. */
    public static String subject(SubjectType type, long subjectId, Long parentId, Long anchorId) {
        String anchor = anchorId == null ? "" : "#comment-" + anchorId;
        return base()
                + switch (type) {
                    case POST -> POST + subjectId + anchor;
                    case POST_COMMENT -> POST + parentId + (anchorId == null ? "#comment-" + subjectId : anchor);
                    case IDEA -> IDEA + subjectId + anchor;
                    case PAGE -> PAGE + subjectId;
                    case COMMUNITY -> COMMUNITY + subjectId;
                };
    }

    public static String notifications() {
        return base() + NOTIFICATIONS;
    }

    public static String settings() {
        return base() + SETTINGS;
    }

    /** The page that asks before it stops a kind of mail (the link in the mail's text). */
    public static String stop(String token) {
        return base() + STOP + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** What a mail program posts to for one click ({@code List-Unsubscribe}, RFC 8058). */
    static String unsubscribe(String token) {
        return base() + UNSUBSCRIBE + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
