package org.werkraum.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.werkraum.mail.MailPreferences;
import org.werkraum.mail.MailSettings;
import org.werkraum.web.security.CurrentUser;

/**
 * {@code GET /api/mail/settings}: the caller's mail language and, per kind of notification, how often it comes by mail;
 * {@code PUT} changes them ({@code {"language": "de", "frequencies": {"LIKE": "DAILY"}}}, the kinds named only).
 */
@Path("mail/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailSettingsResource {

    @Inject
    MailPreferences preferences;

    @Inject
    CurrentUser currentUser;

    @GET
    public MailSettings settings() {
        return preferences.settings(currentUser.caller());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public MailSettings change(MailSettings settings) {
        return preferences.change(currentUser.caller(), settings);
    }
}
