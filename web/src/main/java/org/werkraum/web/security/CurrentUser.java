package org.werkraum.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.werkraum.people.PeopleService;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.shared.NotFoundException;

/** The signed-in person of this request, as services want him ({@link #caller()}) and as pages show him. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    PeopleService people;

    @Inject
    HttpServletRequest request;

    @Inject
    AccessPolicy policy;

    private Caller caller;

    /**
     * @throws NotFoundException
     *             when nobody is signed in or the person was deactivated meanwhile
     */
    public Caller caller() {
        if (caller == null && request.getAttribute(WerkraumAuthentication.CALLER) instanceof Caller signedIn) {
            caller = signedIn;
        }
        if (caller == null) {
            Principal principal = request.getUserPrincipal();
            if (principal == null) {
                throw new NotFoundException("person", "anonymous");
            }
            caller = people.caller(principal.getName())
                    .orElseThrow(() -> new NotFoundException("person", principal.getName()));
        }
        return caller;
    }

    /** WildFly's SecurityContext names an "anonymous" caller when nobody signed in; the request does not. */
    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public long getId() {
        return caller().personId();
    }

    public String getLogin() {
        return caller().login();
    }

    /**
     * The signed-in person's name as the directory had it when the session last checked him (at most a minute ago),
     * so that the page header costs no lookup; his login when nobody told a name.
     */
    public String getDisplayName() {
        return request.getAttribute(WerkraumAuthentication.DISPLAY_NAME) instanceof String name
                ? name
                : caller().login();
    }

    /** Whether the admin menu (the directory import) is for this person; the policy decides. */
    public boolean isAllowedToImportDirectory() {
        return policy.canImportDirectory(caller());
    }

    /** Whether this person writes leadership updates (an executive); the policy decides. */
    public boolean isAllowedToLead() {
        return policy.canLead(caller());
    }

    /** Whether the admin menu's search page is for this person; the policy decides. */
    public boolean isAllowedToAdministerSearch() {
        return policy.canAdministerSearch(caller());
    }
}
