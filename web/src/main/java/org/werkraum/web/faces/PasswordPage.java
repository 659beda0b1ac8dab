package org.werkraum.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.werkraum.shared.DomainException;
import org.werkraum.signin.PasswordService;
import org.werkraum.web.security.CurrentUser;

/** {@code password.xhtml}: the signed-in person changes his password, knowing the current one. */
@Named
@RequestScoped
public class PasswordPage {

    static final Map<String, String> FIELDS =
            Map.of("currentPassword", "currentPassword", "newPassword", "newPassword");

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
        } catch (DomainException e) {
            messages.error(e, FIELDS);
            return null;
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatedPassword = null;
        }
        messages.flashInfo("password.changed");
        return "/profile?faces-redirect=true&id=" + currentUser.getId();
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
