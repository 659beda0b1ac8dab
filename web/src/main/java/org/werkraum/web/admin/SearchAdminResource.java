package org.werkraum.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.werkraum.outbox.OutboxAdministration;
import org.werkraum.outbox.OutboxStatus;
import org.werkraum.searching.FullReindex;
import org.werkraum.searching.ReindexProgress;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;

/** Admins: the search outbox (set-aside documents and their retry) and the full reindex. */
@Path("admin/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    @Inject
    OutboxAdministration outbox;

    @Inject
    FullReindex reindex;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("outbox")
    public OutboxStatus outbox() {
        return outbox.status(currentUser.caller());
    }

    @POST
    @Path("outbox/{id}/retry")
    public Response retry(@PathParam("id") long id) {
        outbox.retry(currentUser.caller(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("outbox/retry")
    public Map<String, Integer> retryAll() {
        return Map.of("retried", outbox.retryAll(currentUser.caller()));
    }

    @POST
    @Path("reindex")
    public Response startReindex() {
        ReindexProgress progress = reindex.start(currentUser.caller());
        return Response.status(Response.Status.ACCEPTED).entity(progress).build();
    }

    @GET
    @Path("reindex")
    public ReindexProgress reindex() {
        return reindex.latest(currentUser.caller()).orElseThrow(() -> new NotFoundException("reindex", "latest"));
    }
}
