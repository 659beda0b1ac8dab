package org.werkraum.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.werkraum.signin.PasswordService;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/** {@code /account/password}: the signed-in person changes his password, knowing the current one. */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    PasswordService passwords;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public String change() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            messages.fieldError("repeatedPassword", "password.mismatch");
            return null;
        }
        try {
            passwords.changeOwn(currentUser.caller(), currentPassword, newPassword);
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
        messages.flashInfo("password.changed");
        return "/people/profile?faces-redirect=true&login=" + currentUser.getLogin();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
