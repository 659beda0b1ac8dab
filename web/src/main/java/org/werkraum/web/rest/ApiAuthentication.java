package org.werkraum.web.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Every API call needs a signed-in person; without one the answer is 401 with problem+json and a Basic challenge. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            Response problem = Problem.response(
                    Response.Status.UNAUTHORIZED,
                    "Sign in with HTTP Basic (login and password) to use the API.",
                    "error.unauthorized",
                    List.of());
            request.abortWith(Response.fromResponse(problem)
                    .header("WWW-Authenticate", "Basic realm=\"Werkraum\", charset=\"UTF-8\"")
                    .build());
        }
    }
}
