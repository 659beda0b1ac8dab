package org.werkraum.web.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import org.werkraum.mail.Frequency;
import org.werkraum.mail.MailDigests;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.web.security.CurrentUser;

/** Admins: {@code POST /api/admin/mail/digests/daily} (or {@code weekly}) sends those digests now. */
@Path("admin/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailAdminResource {

    @Inject
    MailDigests digests;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("digests/{frequency}")
    public Map<String, Integer> sendDigests(@PathParam("frequency") String frequency) {
        Frequency chosen;
        try {
            chosen = Frequency.valueOf(frequency.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("frequency", "error.mail.digestFrequency", "digests are daily or weekly");
        }
        return Map.of("queued", digests.sendNow(currentUser.caller(), chosen));
    }
}
