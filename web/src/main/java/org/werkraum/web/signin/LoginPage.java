package org.werkraum.web.signin;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.werkraum.signin.SignInThrottle;
import org.werkraum.web.security.WerkraumAuthentication;
import org.werkraum.web.shared.PageMessages;

/** {@code /login?next=/…}: signs in and goes on to where the person wanted to go. */
@Named
@RequestScoped
public class LoginPage {

    static final String HOME = "/";

    @Inject
    SecurityContext security;

    @Inject
    PageMessages messages;

    private String login;
    private String password;
    private String next;

    /** Someone already signed in has nothing to do here. */
    public void onLoad() throws IOException {
        // the servlet's remote user, not SecurityContext: on WildFly the latter names "anonymous" when nobody is in
        if (FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null) {
            goOn();
        }
    }

    public void signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                login == null ? "" : login.strip(), password == null ? "" : password)));
        password = null;
        switch (status) {
            case SUCCESS -> goOn(); // the mechanism changed the session id: no session fixation
            case SEND_CONTINUE -> context.responseComplete();
            default -> {
                if (request.getAttribute(WerkraumAuthentication.RETRY_AFTER) instanceof Duration wait) {
                    HttpServletResponse response = (HttpServletResponse) external.getResponse();
                    response.setStatus(429);
                    response.setHeader("Retry-After", Long.toString(wait.toSeconds()));
                    messages.error("login.throttled", SignInThrottle.minutes(wait));
                } else {
                    messages.error("login.failed");
                }
            }
        }
    }

    private void goOn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + safeTarget(next));
    }

    /**
     * Where to go after sign-in: only a path inside this application, so that a crafted link cannot send the person
     * to another site.
     */
    static String safeTarget(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                || next.startsWith("/login")) {
            return HOME;
        }
        return next;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
