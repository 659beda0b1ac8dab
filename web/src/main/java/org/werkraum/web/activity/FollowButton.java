package org.werkraum.web.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.werkraum.activity.FollowService;
import org.werkraum.web.security.CurrentUser;

/**
 * Whether the reader follows what a follow button ({@code activity/follow.xhtml}) names: a person by login, a
 * community by id, a tag. Pressing it posts to {@link FollowServlet}.
 */
@Named
@RequestScoped
public class FollowButton {

    @Inject
    FollowService follows;

    @Inject
    CurrentUser currentUser;

    private final Map<String, Boolean> following = new HashMap<>();

    public boolean follows(String kind, String target) {
        return following.computeIfAbsent(kind + ':' + target, key -> switch (kind) {
            case "person" -> follows.followsPerson(currentUser.caller(), target);
            case "community" -> follows.followsCommunity(currentUser.caller(), Long.parseLong(target));
            case "tag" -> follows.followsTag(currentUser.caller(), target);
            default -> throw new IllegalArgumentException("a follow button names a person, community or tag: " + kind);
        });
    }
}
