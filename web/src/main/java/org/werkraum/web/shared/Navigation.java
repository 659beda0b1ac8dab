package org.werkraum.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.notification.NotificationCenter;
import org.werkraum.web.security.CurrentUser;

/** The header of every page: who is signed in (signing out: org.werkraum.web.signin.SignOutServlet). */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentUser currentUser;

    @Inject
    NotificationCenter notifications;

    private Integer unreadNotifications;

    /** How many lines of his notifications the signed-in person has not seen (100 for more than 99), once a request. */
    public int getUnreadNotifications() {
        if (unreadNotifications == null) {
            unreadNotifications = currentUser.isSignedIn() ? notifications.unread(currentUser.caller()) : 0;
        }
        return unreadNotifications;
    }

    /** The signed-in person's name as the directory has it (a minute ago at most), or nothing for nobody. */
    public String getDisplayName() {
        return currentUser.isSignedIn() ? currentUser.getDisplayName() : "";
    }
}
