package org.werkraum.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: signs in on the login page like a person (form post with the view state) and then
 * sends requests with the session cookie only, as another site's form would make the browser do.
 */
final class PageSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Signs in through the login page; fails the test if the page does not let him in. */
    static PageSession signIn(String login, String password) {
        PageSession session = new PageSession();
        HttpResponse<String> answer = session.postLogin(login, password, null);
        if (answer.statusCode() != 302) {
            throw new AssertionError("sign-in as " + login + " failed: " + answer.statusCode());
        }
        return session;
    }

    static PageSession anonymous() {
        return new PageSession();
    }

    /** Posts the login form as a browser does; the answer is not followed. */
    HttpResponse<String> postLogin(String login, String password, String forwardedFor) {
        return postForm("/login", "loginForm", Map.of("login", login, "password", password), "signIn", forwardedFor);
    }

    /**
     * Loads a page, fills one of its forms and presses a button, as a person would; the answer is not followed.
     *
     * @param fields
     *            the inputs' names (the pages use prependId="false", so names are the ids)
     */
    HttpResponse<String> postForm(
            String path, String formId, Map<String, String> fields, String button, String forwardedFor) {
        HttpResponse<String> page = get(path);
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
                .matcher(page.body());
        if (!form.find()) {
            throw new AssertionError(
                    "no form " + formId + " on " + path + " (" + page.statusCode() + "): " + page.body());
        }
        Matcher viewState = VIEW_STATE.matcher(page.body().substring(form.start()));
        if (!viewState.find()) {
            throw new AssertionError("no view state in form " + formId + " on " + path);
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(formId, formId);
        posted.putAll(fields);
        posted.put(button, "");
        posted.put("jakarta.faces.ViewState", unescape(viewState.group(1)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + unescape(form.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(posted)));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(request);
    }

    /** Posts a plain HTML form (no view state) from a page of this site; the answer is not followed. */
    HttpResponse<String> postPlain(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET());
    }

    /**
     * A request with nothing but the session cookie: what a form on another site makes the signed-in browser send.
     */
    HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", contentType)
                .header("Origin", "https://evil.example")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The session cookie as the server set it, or null. */
    HttpCookie sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String origin() {
        URI base = URI.create(Api.BASE);
        return base.getScheme() + "://" + base.getAuthority();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#58;", ":").replace("&quot;", "\"");
    }
}
