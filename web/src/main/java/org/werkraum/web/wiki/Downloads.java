package org.werkraum.web.wiki;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a file attached to a wiki page leaves Werkraum, from the pages' address and the API's alike: always as a
 * download under its own name (RFC 6266), sandboxed, so that an uploaded HTML file runs nothing here.
 */
final class Downloads {

    static final String CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

    private Downloads() {}

    /** The Content-Disposition of a file of this name. */
    static String disposition(String name) {
        return "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
