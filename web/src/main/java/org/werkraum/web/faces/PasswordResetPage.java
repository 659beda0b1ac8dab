package org.werkraum.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.werkraum.shared.DomainException;
import org.werkraum.signin.PasswordService;

/**
 * {@code password-reset.xhtml?token=…}: the page of a one-time link from an admin, where a person who cannot sign in
 * sets a new password. Needs no sign-in; the link is the proof.
 */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("newPassword", "newPassword");

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
        } catch (DomainException e) {
            messages.error(e, FIELDS);
            usable = passwords.resetIsUsable(token);
            return null;
        } finally {
            newPassword = null;
            repeatedPassword = null;
        }
        messages.flashInfo("passwordReset.done");
        return "/login?faces-redirect=true";
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
