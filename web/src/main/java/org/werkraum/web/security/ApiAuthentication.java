package org.werkraum.web.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;
import org.werkraum.signin.SignInThrottle;
import org.werkraum.web.shared.Problem;

/**
 * Every API call needs credentials of its own (HTTP Basic or a personal access token; a session cookie does not
 * count), checked before anything else, so that an unauthenticated request learns nothing about the API's resources. Without them the answer is 401 with problem+json and the challenges; after too many wrong passwords it is
 * 429 with {@code Retry-After}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        if (servletRequest.getAttribute(WerkraumAuthentication.RETRY_AFTER) instanceof Duration wait) {
            long minutes = SignInThrottle.minutes(wait);
            Response problem = Problem.response(
                    429,
                    "Too Many Requests",
                    "Too many failed sign-ins; try again in " + minutes + " minutes.",
                    "error.signIn.throttled",
                    List.of());
            request.abortWith(Response.fromResponse(problem)
                    .header("Retry-After", wait.toSeconds())
                    .build());
            return;
        }
        Response problem = Problem.response(
                Response.Status.UNAUTHORIZED,
                "Sign in with HTTP Basic (login and password) or a personal access token"
                        + " (Authorization: Bearer …) to use the API; the browser's session does not count here.",
                "error.unauthorized",
                List.of());
        request.abortWith(Response.fromResponse(problem)
                .header("WWW-Authenticate", "Basic realm=\"Werkraum\", charset=\"UTF-8\"")
                .header("WWW-Authenticate", "Bearer realm=\"Werkraum\"")
                .build());
    }
}
