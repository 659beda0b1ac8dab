package org.werkraum.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for throttling sign-in attempts. Behind a load balancer every request comes from
 * the balancer, so {@code X-Forwarded-For} is believed, but only from the proxies listed in
 * {@code werkraum.signin.trusted-proxies} (comma-separated addresses); from anyone else it would let a guesser pick
 * a fresh address for every attempt.
 */
final class ClientAddress {

    private ClientAddress() {}

    static String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies().contains(remote)) {
            return remote;
        }
        // the proxy appends the address it saw; earlier entries are the client's word and may be made up
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? remote : last;
    }

    private static Set<String> trustedProxies() {
        return Arrays.stream(System.getProperty("werkraum.signin.trusted-proxies", "")
                        .split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
