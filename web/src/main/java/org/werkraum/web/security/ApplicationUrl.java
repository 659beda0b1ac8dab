package org.werkraum.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Where people reach Werkraum, for links that leave the browser (mails): {@code werkraum.base-url} when set (behind
 * a proxy the request shows the internal address), else what the request was sent to.
 */
public final class ApplicationUrl {

    private ApplicationUrl() {}

    public static URI of(HttpServletRequest request) {
        String configured = System.getProperty("werkraum.base-url", "").strip();
        if (!configured.isEmpty()) {
            return URI.create(configured.replaceAll("/+$", ""));
        }
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return URI.create(request.getScheme() + "://" + request.getServerName()
                + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath());
    }
}
