package org.werkraum.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether a plain form's post comes from Werkraum's own pages (forms outside Faces have no view state to prove it):
 * the browser's {@code Sec-Fetch-Site} says so, or else its {@code Origin} names the host the request was sent to (a
 * proxy's {@code X-Forwarded-Host} when there is one). A post with neither is refused: every browser of the last
 * years sends one of them with a form.
 */
public final class SameOrigin {

    private SameOrigin() {}

    public static boolean of(HttpServletRequest request) {
        return allows(
                request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"),
                request.getHeader("Host"),
                request.getHeader("X-Forwarded-Host"));
    }

    /** The rule over the four headers (null when the request has none). */
    static boolean allows(String fetchSite, String origin, String host, String forwardedHost) {
        if (fetchSite != null) {
            return fetchSite.equals("same-origin");
        }
        if (origin == null || origin.equals("null")) {
            return false;
        }
        String target = forwardedHost != null ? forwardedHost.split(",")[0].strip() : host;
        try {
            URI from = new URI(origin);
            if (target == null || from.getHost() == null) {
                return false;
            }
            String authority = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return authority.equalsIgnoreCase(target);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
