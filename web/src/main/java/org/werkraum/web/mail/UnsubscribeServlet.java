package org.werkraum.web.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.werkraum.mail.MailPreferences;

/**
 * {@code POST /mail/unsubscribe?token=…}: stops the mail a token names, without signing in: the one click of a mail
 * program ({@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}, RFC 8058) and the button of the page that asks
 * first ({@code /mail/stop}), which it sends back to. The token is the authority, so a made-up or changed one is
 * refused (404), and a {@code GET} (a link scanner following the address) stops nothing.
 */
@WebServlet("/mail/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MailPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        response.sendRedirect(request.getContextPath() + "/mail/stop"
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        if (preferences.unsubscribe(token).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getParameter("confirmed") != null) {
            response.sendRedirect(request.getContextPath() + "/mail/stop?done=true&token="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("Unsubscribed.\n");
    }
}
