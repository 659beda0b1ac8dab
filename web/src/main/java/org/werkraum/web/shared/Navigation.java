package org.werkraum.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.werkraum.web.security.CurrentUser;

/** The header of every page: who is signed in, and signing out. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentUser currentUser;

    /** The signed-in person's name as the directory has it (a minute ago at most), or nothing for nobody. */
    public String getDisplayName() {
        return currentUser.isSignedIn() ? currentUser.getDisplayName() : "";
    }

    public void logout() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            // the session goes below anyway, and with it the sign-in
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login");
    }
}
