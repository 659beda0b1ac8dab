package org.werkraum.web.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.werkraum.activity.FollowService;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/**
 * The follow button of a profile, a community and a tag ({@code activity/follow.xhtml}): whether the reader follows
 * it, and following or unfollowing it, after which he is back on the page he pressed it on.
 */
@Named
@RequestScoped
public class FollowButton {

    /** What a button follows, as the views name it. */
    enum Kind {
        person,
        community,
        tag
    }

    @Inject
    FollowService follows;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private final Map<String, Boolean> following = new HashMap<>();

    public boolean follows(String kind, String target) {
        return following.computeIfAbsent(kind + ':' + target, key -> switch (kind(kind)) {
            case person -> follows.followsPerson(currentUser.caller(), target);
            case community -> follows.followsCommunity(currentUser.caller(), communityId(target));
            case tag -> follows.followsTag(currentUser.caller(), target);
        });
    }

    /**
     * Follows what the reader does not follow yet, and unfollows what he does (named by the form's {@code followKind}
     * and {@code followTarget}); then shows the page again.
     */
    public void toggle() {
        String kind = Faces.getRequestParameter("followKind");
        String target = Faces.getRequestParameter("followTarget");
        if (kind == null || target == null) {
            throw new NotFoundException("follow", "none");
        }
        boolean follow = !follows(kind, target);
        String name = switch (kind(kind)) {
            case person ->
                follow
                        ? follows.followPerson(currentUser.caller(), target)
                        : follows.unfollowPerson(currentUser.caller(), target);
            case community ->
                follow
                        ? follows.followCommunity(currentUser.caller(), communityId(target))
                        : follows.unfollowCommunity(currentUser.caller(), communityId(target));
            case tag ->
                follow
                        ? follows.followTag(currentUser.caller(), target)
                        : follows.unfollowTag(currentUser.caller(), target);
        };
        messages.flashInfo(follow ? "follow.started" : "follow.stopped", name);
        Faces.redirect(Faces.getRequestURIWithQueryString());
    }

    private static long communityId(String target) {
        try {
            return Long.parseLong(target);
        } catch (NumberFormatException e) {
            throw new NotFoundException("community", target);
        }
    }

    private static Kind kind(String kind) {
        try {
            return Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("follow", kind);
        }
    }
}
