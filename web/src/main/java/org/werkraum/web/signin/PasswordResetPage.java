package org.werkraum.web.signin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.werkraum.signin.PasswordService;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /password-reset?token=…}: the page of a one-time link from an admin, where a person who cannot sign in
 * sets a new password. Needs no sign-in; the link is the proof.
 */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordService passwords;

    @Inject
    PageMessages messages;

    private String token;
    private boolean usable;
    private String newPassword;
    private String repeatedPassword;

    public void onLoad() {
        usable = passwords.resetIsUsable(token);
        if (!usable) {
            messages.error("error.password.resetInvalid");
        }
    }

    public String save() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            messages.fieldError("repeatedPassword", "password.mismatch");
            return null;
        }
        try {
            passwords.redeemReset(token, newPassword);
        } finally {
            newPassword = null;
            repeatedPassword = null;
            // a refused password keeps the form; a link that was used up meanwhile does not
            usable = passwords.resetIsUsable(token);
        }
        messages.flashInfo("passwordReset.done");
        return "/signin/login?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isUsable() {
        return usable;
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
