package org.werkraum.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.werkraum.signin.AccessTokenService;
import org.werkraum.signin.AccessTokenSummary;
import org.werkraum.signin.NewAccessToken;
import org.werkraum.web.security.CurrentUser;

/** The caller's personal access tokens: list, create (the secret is in the answer once), revoke. */
@Path("people/me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccessTokensResource {

    @Inject
    AccessTokenService tokens;

    @Inject
    CurrentUser currentUser;

    /** The body of a new token; {@code expiresInDays} null or absent for a token that works until revoked. */
    public record TokenRequest(String name, Integer expiresInDays) {}

    @GET
    public List<AccessTokenSummary> list() {
        return tokens.list(currentUser.caller());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TokenRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body with the token's name is required");
        }
        NewAccessToken token = tokens.create(currentUser.caller(), request.name(), request.expiresInDays());
        return Response.status(Response.Status.CREATED).entity(token).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(currentUser.caller(), id);
        return Response.noContent().build();
    }
}
