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
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return false;
        }
        String forwarded = request.getHeader("X-Forwarded-Host");
        String host = forwarded != null ? forwarded.split(",")[0].strip() : request.getHeader("Host");
        try {
            URI from = new URI(origin);
            String authority = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return host != null && from.getHost() != null && authority.equalsIgnoreCase(host);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
