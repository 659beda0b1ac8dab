package org.werkraum.mail;

import java.util.Set;
import org.werkraum.notification.NotificationKind;

/**
 * What an unsubscribe link stops: one kind of mail sent at once, or a digest (the kinds the person gets at its
 * frequency).
 *
 * @param kinds
 *            the kinds that stop coming by mail
 * @param digest
 *            the digest stopped, or null for a kind sent at once
 */
public record Unsubscription(long personId, String personName, Set<NotificationKind> kinds, Frequency digest) {}
