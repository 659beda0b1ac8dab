package org.werkraum.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The language switch of every page's header, a plain form posting {@code to} (de or en) and {@code back} (the
 * page's address): the language changes for the session and the same page comes back. No Faces form, so that a page
 * that only shows something keeps no view state in the session.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSwitch languageSwitch;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        languageSwitch.choose(request.getParameter("to"));
        response.sendRedirect(backTo(request.getParameter("back"), request.getContextPath()));
    }

    /** The page to show again: an address of this application, never one elsewhere (else its home page). */
    public static String backTo(String back, String contextPath) {
        if (back != null) {
            try {
                URI address = new URI(back);
                if (address.getScheme() == null
                        && address.getRawAuthority() == null
                        && address.getRawPath() != null
                        && address.getRawPath().startsWith(contextPath + "/")
                        && !back.contains("\\")) {
                    return back;
                }
            } catch (URISyntaxException e) {
                // not an address: home below
            }
        }
        return contextPath + "/";
    }
}
