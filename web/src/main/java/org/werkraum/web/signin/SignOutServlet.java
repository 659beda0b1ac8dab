package org.werkraum.web.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signing out, posted by a plain form in every page's header: no Faces form, so that a page that only shows
 * something keeps no view state in the session. Only POST (a link or an image cannot sign anyone out); a post from
 * another site carries no session cookie (SameSite=Lax, WEB-INF/undertow-handlers.conf).
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            request.logout();
        } catch (ServletException e) {
            // the session goes below anyway, and with it the sign-in
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login");
    }
}
