package org.werkraum.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.werkraum.people.PeopleService;
import org.werkraum.people.PersonSummary;
import org.werkraum.security.Caller;
import org.werkraum.signin.SignIn;

/**
 * Two doors with different keys.
 *
 * <ul>
 * <li>Pages: the login page hands over a login and password ({@code SecurityContext.authenticate}); the person
 * stays signed in through the HTTP session. Unauthenticated requests to protected pages go to the login page and come
 * back after sign-in.
 * <li>The API ({@code /api/}): every request carries its own credentials, HTTP Basic or
 * {@code Authorization: Bearer <personal access token>}. The session cookie is never looked at there, so no other
 * site can make a signed-in browser call the API, and API calls create no session. A request without valid
 * credentials reaches {@code org.werkraum.web.security.ApiAuthentication}, which answers 401 (or 429 when throttled).
 * </ul>
 *
 * Password attempts on both doors go through {@link SignIn}, which throttles guessing.
 */
@ApplicationScoped
public class WerkraumAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login";
    private static final String API = "/api/";
    /** The session attribute that keeps a page sign-in. */
    private static final String SIGNED_IN = WerkraumAuthentication.class.getName() + ".signedIn";
    /** The request attribute with the {@link Duration} to wait, when a password attempt was throttled. */
    public static final String RETRY_AFTER = WerkraumAuthentication.class.getName() + ".retryAfter";

    /** The request attribute with the signed-in {@link Caller}, for {@link CurrentUser}. */
    static final String CALLER = WerkraumAuthentication.class.getName() + ".caller";
    /** The request attribute with the signed-in person's name as the directory has it, for the page header. */
    static final String DISPLAY_NAME = WerkraumAuthentication.class.getName() + ".displayName";
    /**
     * How long a page session trusts what it knows of the person (his roles, that he is active) before it asks the
     * database again: a deactivation or a new role counts within this time, and no page view pays for a lookup.
     */
    static final Duration RECHECK = Duration.ofSeconds(60);

    @Inject
    SignIn signIn;

    @Inject
    PeopleService people;

    /**
     * Who signed in on the login page, his name for the page header, and when that was last checked: what the session
     * remembers.
     */
    record SignedIn(Caller caller, String displayName, Instant checked) implements Serializable {

        Set<String> groups() {
            return caller.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
        }
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return pageLogin(request, context, password);
        }
        if (path(request).startsWith(API) || path(request).equals("/api")) {
            return api(request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn remembered) {
            SignedIn signedIn = rechecked(session, remembered);
            if (signedIn != null) {
                return notify(request, context, signedIn);
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String target = path(request) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(
                request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private AuthenticationStatus pageLogin(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        SignIn.Outcome outcome = signIn.withPassword(
                credential.getCaller(), credential.getPasswordAsString(), ClientAddress.of(request));
        if (!outcome.signedIn()) {
            if (outcome.throttled()) {
                request.setAttribute(RETRY_AFTER, outcome.retryAfter());
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedIn signedIn = new SignedIn(outcome.caller(), displayName(outcome.caller()), Instant.now());
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId(); // no session fixation
        }
        request.getSession(true).setAttribute(SIGNED_IN, signedIn);
        return notify(request, context, signedIn);
    }

    /** The session's sign-in, read afresh when {@link #RECHECK} has passed; null when the person is gone. */
    private SignedIn rechecked(HttpSession session, SignedIn remembered) {
        if (remembered.checked().plus(RECHECK).isAfter(Instant.now())) {
            return remembered;
        }
        Caller current = people.caller(remembered.caller().login()).orElse(null);
        if (current == null) {
            session.invalidate(); // deactivated meanwhile: signed out
            return null;
        }
        SignedIn signedIn = new SignedIn(current, displayName(current), Instant.now());
        session.setAttribute(SIGNED_IN, signedIn);
        return signedIn;
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return signIn.withToken(header.substring(7).strip())
                    .map(caller -> notify(request, context, new SignedIn(caller, caller.login(), Instant.now())))
                    .orElseGet(context::doNothing);
        }
        UsernamePasswordCredential basic = basicCredential(header);
        if (basic == null) {
            return context.doNothing();
        }
        SignIn.Outcome outcome =
                signIn.withPassword(basic.getCaller(), basic.getPasswordAsString(), ClientAddress.of(request));
        if (outcome.throttled()) {
            request.setAttribute(RETRY_AFTER, outcome.retryAfter());
        }
        return outcome.signedIn()
                ? notify(
                        request,
                        context,
                        new SignedIn(outcome.caller(), outcome.caller().login(), Instant.now()))
                : context.doNothing();
    }

    private static AuthenticationStatus notify(
            HttpServletRequest request, HttpMessageContext context, SignedIn signedIn) {
        request.setAttribute(CALLER, signedIn.caller());
        request.setAttribute(DISPLAY_NAME, signedIn.displayName());
        return context.notifyContainerAboutLogin(signedIn.caller().login(), signedIn.groups());
    }

    /** The person's name as the directory has it; his login while the directory lacks a name. */
    private String displayName(Caller caller) {
        return people.byLogin(caller.login()).map(PersonSummary::displayName).orElse(caller.login());
    }

    private static UsernamePasswordCredential basicCredential(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
