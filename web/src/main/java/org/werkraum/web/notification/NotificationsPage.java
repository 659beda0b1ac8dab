package org.werkraum.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.notification.NotificationCenter;
import org.werkraum.notification.NotificationGroup;
import org.werkraum.web.security.CurrentUser;

/**
 * {@code /notifications}: the reader's newest notifications, grouped, those new since his last visit marked as new.
 * Opening the page is seeing them: the bell is empty afterwards (leadership updates stay until read or put away).
 */
@Named
@RequestScoped
public class NotificationsPage {

    @Inject
    NotificationCenter center;

    @Inject
    CurrentUser currentUser;

    private List<NotificationGroup> items = List.of();

    public void onLoad() {
        items = center.open(currentUser.caller());
    }

    public List<NotificationGroup> getItems() {
        return items;
    }
}
