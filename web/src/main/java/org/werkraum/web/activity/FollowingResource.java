package org.werkraum.web.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.werkraum.activity.FollowService;
import org.werkraum.activity.Following;
import org.werkraum.web.security.CurrentUser;

/**
 * What the caller follows: {@code GET /api/following}; {@code PUT} follows and {@code DELETE} unfollows
 * {@code /api/following/people/anna.schmidt}, {@code /api/following/communities/5}, {@code /api/following/tags/cloud}
 * (both answer 204, done or already so).
 */
@Path("following")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FollowingResource {

    @Inject
    FollowService follows;

    @Inject
    CurrentUser currentUser;

    @GET
    public Following following() {
        return follows.following(currentUser.caller());
    }

    @PUT
    @Path("people/{login}")
    public Response followPerson(@PathParam("login") String login) {
        follows.followPerson(currentUser.caller(), login);
        return Response.noContent().build();
    }

    @DELETE
    @Path("people/{login}")
    public Response unfollowPerson(@PathParam("login") String login) {
        follows.unfollowPerson(currentUser.caller(), login);
        return Response.noContent().build();
    }

    @PUT
    @Path("communities/{id}")
    public Response followCommunity(@PathParam("id") long id) {
        follows.followCommunity(currentUser.caller(), id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("communities/{id}")
    public Response unfollowCommunity(@PathParam("id") long id) {
        follows.unfollowCommunity(currentUser.caller(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("tags/{tag}")
    public Response followTag(@PathParam("tag") String tag) {
        follows.followTag(currentUser.caller(), tag);
        return Response.noContent().build();
    }

    @DELETE
    @Path("tags/{tag}")
    public Response unfollowTag(@PathParam("tag") String tag) {
        follows.unfollowTag(currentUser.caller(), tag);
        return Response.noContent().build();
    }
}
