package org.werkraum.web.activity;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.werkraum.activity.FollowService;
import org.werkraum.security.Caller;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.security.SameOrigin;
import org.werkraum.web.shared.LanguageServlet;
import org.werkraum.web.shared.PageMessages;

/**
 * The follow button of profiles, communities and tag pages ({@code activity/follow.xhtml}): a plain form posting
 * {@code kind} (person, community, tag), {@code target} (login, id, tag), {@code follow} (true to follow, false to
 * stop) and {@code back} (the page's address), so that a page that only shows keeps no view state in the session.
 * Only posts from Werkraum's own pages count ({@link SameOrigin}); the page comes back with what was done said at its
 * top.
 */
@WebServlet("/follow")
public class FollowServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowService follows;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SameOrigin.of(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "a follow comes from Werkraum's own pages");
            return;
        }
        String back = LanguageServlet.backTo(request.getParameter("back"), request.getContextPath());
        boolean follow = Boolean.parseBoolean(request.getParameter("follow"));
        try {
            String name =
                    change(currentUser.caller(), request.getParameter("kind"), request.getParameter("target"), follow);
            PageMessages.notice(request, follow ? "follow.started" : "follow.stopped", name);
        } catch (InvalidInputException e) {
            PageMessages.notice(request, e.messageKey(), e.arguments());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(back);
    }

    /** Follows or stops following; returns the name of what it was. */
    private String change(Caller caller, String kind, String target, boolean follow) {
        if (kind == null || target == null) {
            throw new NotFoundException("follow", "none");
        }
        return switch (kind) {
            case "person" -> follow ? follows.followPerson(caller, target) : follows.unfollowPerson(caller, target);
            case "community" -> {
                long id = communityId(target);
                yield follow ? follows.followCommunity(caller, id) : follows.unfollowCommunity(caller, id);
            }
            case "tag" -> follow ? follows.followTag(caller, target) : follows.unfollowTag(caller, target);
            default -> throw new NotFoundException("follow", kind);
        };
    }

    private static long communityId(String target) {
        try {
            return Long.parseLong(target);
        } catch (NumberFormatException e) {
            throw new NotFoundException("community", target);
        }
    }
}
