package org.werkraum.bookmark;

import java.net.IDN;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.werkraum.shared.InvalidInputException;

/**
 * The address of a bookmarked page, spelled one way however it was typed or exported, so that a page kept by many
 * people counts once: scheme and host in lower case (an international host in its ASCII form), no default port, a
 * path of at least "/", dot segments resolved, no fragment (a place in the page, not another page) and no tracking
 * parameters of newsletters and ads ({@code utm_*}, {@code fbclid}, {@code gclid}, …); everything else as it was,
 * since servers may tell apart what looks alike (the case of a path, the order of parameters). Only web and FTP
 * addresses: {@code javascript:}, {@code place:} (Firefox's saved searches), {@code file:} or relative addresses lead
 * nowhere for someone else.
 */
public final class BookmarkAddress {

    /** Longer addresses are refused (browsers and servers stop at about 2,000 characters too). */
    public static final int MAX_LENGTH = 2048;

    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp");

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid");

    private BookmarkAddress() {}

    /**
     * The address as bookmarks keep it.
     *
     * @throws InvalidInputException
     *             {@code error.bookmark.address} for anything but an absolute web or FTP address with a host
     */
    public static String normalize(String typed) {
        if (typed == null || typed.isBlank() || typed.strip().length() > MAX_LENGTH) {
            throw invalid(typed);
        }
        URI uri;
        try {
            uri = new URI(asciiHost(typed.strip())).normalize();
        } catch (URISyntaxException e) {
            throw invalid(typed);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null
                || !SCHEMES.contains(scheme)
                || uri.getHost() == null
                || uri.getHost().isBlank()) {
            throw invalid(typed);
        }
        String host;
        try {
            host = IDN.toASCII(uri.getHost(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(typed);
        }
        StringBuilder address = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            address.append(uri.getRawUserInfo()).append('@');
        }
        address.append(host);
        if (uri.getPort() != -1 && uri.getPort() != defaultPort(scheme)) {
            address.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        address.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            address.append('?').append(query);
        }
        return address.toString();
    }

    /**
     * The address with an international host name in its ASCII form ({@code bücher.example} is
     * {@code xn--bcher-kva.example}): {@link URI} reads only ASCII host names, {@link URL} reads both.
     */
    private static String asciiHost(String address) {
        try {
            String host = new URL(address).getHost();
            if (host == null || host.chars().allMatch(c -> c < 128)) {
                return address;
            }
            return address.replaceFirst(Pattern.quote(host), Matcher.quoteReplacement(IDN.toASCII(host)));
        } catch (MalformedURLException | IllegalArgumentException e) {
            return address; // URI says what is wrong with it
        }
    }

    private static String withoutTracking(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(parameter -> !parameter.isEmpty())
                .filter(parameter -> {
                    String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    return !name.startsWith("utm_") && !TRACKING.contains(name);
                })
                .collect(Collectors.joining("&"));
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> 21;
        };
    }

    private static InvalidInputException invalid(String typed) {
        return new InvalidInputException(
                "url",
                "error.bookmark.address",
                "not a web or FTP address with a host: "
                        + (typed == null ? "nothing" : typed.length() > 100 ? typed.substring(0, 100) + "…" : typed));
    }
}
