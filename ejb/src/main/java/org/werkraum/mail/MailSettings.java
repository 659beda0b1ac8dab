package org.werkraum.mail;

import java.util.Map;
import org.werkraum.notification.NotificationKind;

/**
 * What a person wants by mail.
 *
 * @param language
 *            the language of his mail, {@code de} or {@code en}
 * @param frequencies
 *            for every kind of notification, how often
 */
public record MailSettings(String language, Map<NotificationKind, Frequency> frequencies) {}
