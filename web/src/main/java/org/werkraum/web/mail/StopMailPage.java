package org.werkraum.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.mail.MailPreferences;
import org.werkraum.mail.Unsubscription;
import org.werkraum.notification.NotificationKind;

/**
 * {@code /mail/stop?token=…}: where the unsubscribe link of a mail leads, signed in or not. It says what stops (mail
 * about mentions, or the daily digest) and asks with one button, which posts to {@link UnsubscribeServlet}; then,
 * with {@code done=true}, that it stopped.
 */
@Named
@RequestScoped
public class StopMailPage {

    @Inject
    MailPreferences preferences;

    private String token;
    private boolean done;
    private Unsubscription unsubscription;

    public void onLoad() {
        unsubscription = preferences.unsubscription(token).orElse(null);
    }

    /** Whether the token is one of ours for a person still there. */
    public boolean isValid() {
        return unsubscription != null;
    }

    public Unsubscription getUnsubscription() {
        return unsubscription;
    }

    public List<NotificationKind> getKinds() {
        return unsubscription == null
                ? List.of()
                : unsubscription.kinds().stream().sorted().toList();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }
}
