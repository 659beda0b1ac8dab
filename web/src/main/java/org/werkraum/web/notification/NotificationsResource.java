package org.werkraum.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.werkraum.notification.NotificationCenter;
import org.werkraum.notification.NotificationGroup;
import org.werkraum.web.security.CurrentUser;

/**
 * {@code GET /api/notifications}: how many are unread and the newest, grouped, unread leadership updates first;
 * {@code POST /api/notifications/read} marks them all seen.
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    /** The answer: the bell's count and the lines. */
    public record Notifications(int unread, List<NotificationGroup> items) {}

    @Inject
    NotificationCenter center;

    @Inject
    CurrentUser currentUser;

    @GET
    public Notifications newest() {
        return new Notifications(center.unread(currentUser.caller()), center.newest(currentUser.caller()));
    }

    @POST
    @Path("read")
    public void markAllRead() {
        center.markAllRead(currentUser.caller());
    }
}
