package org.werkraum.web.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.werkraum.activity.FollowService;
import org.werkraum.activity.Following;
import org.werkraum.shared.NotFoundException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.RequestNumbers;

/**
 * {@code /following}: the people, communities and tags the reader follows, each with a button to unfollow, and a
 * field to follow a tag by name. A view without state: the lists are read when first asked.
 */
@Named
@RequestScoped
public class FollowingPage {

    @Inject
    FollowService follows;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Following following;
    private String tag;

    public Following getFollowing() {
        if (following == null) {
            following = follows.following(currentUser.caller());
        }
        return following;
    }

    public String followTag() {
        messages.flashInfo("follow.started", follows.followTag(currentUser.caller(), tag));
        return again();
    }

    /** Unfollows the person whose button was pressed (his login is the button's value). */
    public String unfollowPerson() {
        messages.flashInfo("follow.stopped", follows.unfollowPerson(currentUser.caller(), chosen("unfollowPerson")));
        return again();
    }

    public String unfollowCommunity() {
        Long id = RequestNumbers.of("unfollowCommunity");
        if (id == null) {
            throw new NotFoundException("community", "none");
        }
        messages.flashInfo("follow.stopped", follows.unfollowCommunity(currentUser.caller(), id));
        return again();
    }

    public String unfollowTag() {
        messages.flashInfo("follow.stopped", follows.unfollowTag(currentUser.caller(), chosen("unfollowTag")));
        return again();
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    private static String chosen(String button) {
        String value = Faces.getRequestParameter(button);
        if (value == null || value.isBlank()) {
            throw new NotFoundException(button, "none");
        }
        return value;
    }

    private static String again() {
        return "/activity/following?faces-redirect=true";
    }
}
