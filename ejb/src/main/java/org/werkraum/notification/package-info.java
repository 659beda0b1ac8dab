/**
 * Notifications: what happened that concerns one person (he was mentioned, his post was commented on or liked, his
 * comment answered, his community asked to join, he was invited, a wiki page he watches changed, an executive wrote a
 * leadership update). The services write them in the transaction of the doing ({@link
 * org.werkraum.notification.Notifications}); the bell and the list read them ({@link
 * org.werkraum.notification.NotificationCenter}), grouped and only as far as the reader may still read their subject.
 */
package org.werkraum.notification;
