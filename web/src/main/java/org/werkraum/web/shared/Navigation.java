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
    private Menu menu;

    /**
     * What the menu holds besides what it holds for everyone, as a value: the header's menu is rendered once for each
     * (wr:memo) and given again.
     */
    public record Menu(boolean importDirectory, boolean administerSearch) {}

    /**
     * The menu of the signed-in person, as the policy allows it; the plain one for nobody (the pages without a menu
     * build it too, unshown).
     */
    public Menu getMenu() {
        if (menu == null) {
            menu = currentUser.isSignedIn()
                    ? new Menu(currentUser.isAllowedToImportDirectory(), currentUser.isAllowedToAdministerSearch())
                    : new Menu(false, false);
        }
        return menu;
    }

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
