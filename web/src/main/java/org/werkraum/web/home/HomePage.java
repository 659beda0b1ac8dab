package org.werkraum.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.werkraum.activity.ActivityKind;
import org.werkraum.activity.ActivityStream;
import org.werkraum.activity.StreamFilter;
import org.werkraum.activity.StreamPage;
import org.werkraum.blog.BlogService;
import org.werkraum.blog.PostLists;
import org.werkraum.blog.PostSummary;
import org.werkraum.community.CommunityService;
import org.werkraum.community.MembershipService;
import org.werkraum.community.MyCommunity;
import org.werkraum.people.PeopleService;
import org.werkraum.people.PersonSummary;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Dates;
import org.werkraum.web.shared.Links;
import org.werkraum.web.shared.Navigation;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /}: the leadership updates the signed-in person has not read yet, pinned on top; his activity stream (what he
 * and the people, communities and tags he follows did; {@code ?type=posts}, {@code ?before=} for older); beside it his
 * communities (invitations first to see) and the people he works with.
 *
 * <p>The page keeps no view state: its lists are read for each request, by {@link #onLoad} when it is shown and on
 * first use when one of its buttons is pressed (an invitation answered, an update put away), so that the button is
 * found in its line again.
 */
@Named
@RequestScoped
public class HomePage {

    static final int MAX_COMMUNITIES = 50;
    static final int MAX_COLLEAGUES = 12;

    /** The newest unread leadership updates on top of the page; older ones wait in the leadership blog. */
    static final int MAX_LEADERSHIP_UPDATES = 3;

    @Inject
    CommunityService communityService;

    @Inject
    MembershipService memberships;

    @Inject
    PeopleService people;

    @Inject
    BlogService blogs;

    @Inject
    PostLists lists;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    ActivityStream activityStream;

    @Inject
    Links links;

    @Inject
    Dates dates;

    @Inject
    Navigation navigation;

    private String type;
    private Long before;
    private List<StreamLine> lines = List.of();
    /** Where the next page of the stream starts; null for none. */
    private Long older;

    private List<MyCommunity> communities;
    private boolean moreCommunities;
    private List<PersonSummary> colleagues;
    private List<PostSummary> leadershipUpdates;

    /**
     * Reads the page in one transaction: one connection and one persistence context for its four reads, not four
     * (each transaction cost a connection from the pool, a session, BEGIN and COMMIT), the bell's count among them.
     * The stream and the bell come last, since their statements set their plan mode for the rest of the transaction.
     */
    @Transactional
    public void onLoad() {
        getCommunities();
        getColleagues();
        getLeadershipUpdates();
        Set<ActivityKind> kinds;
        try {
            kinds = StreamFilter.kindsOf(type);
        } catch (InvalidInputException e) {
            messages.error(e, null);
            type = null;
            kinds = StreamFilter.kindsOf(null);
        }
        StreamPage stream = activityStream.home(currentUser.caller(), kinds, before, ActivityStream.PAGE_SIZE);
        older = stream.older();
        lines = stream.items().stream()
                .map(item -> StreamLine.of(item, links, dates))
                .toList();
        // the bell's count now, in this transaction, rather than in one of its own while the page renders
        navigation.getUnreadNotifications();
    }

    /** The stream's lines, ready to show. */
    public List<StreamLine> getLines() {
        return lines;
    }

    public Long getOlder() {
        return older;
    }

    /** The filters above the stream, in the order shown. */
    public List<StreamFilter> getFilters() {
        return List.of(StreamFilter.values());
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }

    /** Puts a leadership update away unread; it stays in the leadership blog. */
    public String dismiss(long postId) {
        blogs.dismiss(currentUser.caller(), postId);
        messages.flashInfo("leadership.dismissed");
        return "/home/home?faces-redirect=true";
    }

    public List<PostSummary> getLeadershipUpdates() {
        if (leadershipUpdates == null) {
            leadershipUpdates = lists.unreadLeadershipUpdates(currentUser.caller(), MAX_LEADERSHIP_UPDATES);
        }
        return leadershipUpdates;
    }

    /** Accepts an invitation and shows the community just joined. */
    public String acceptInvitation(long communityId) {
        memberships.acceptInvitation(currentUser.caller(), communityId);
        messages.flashInfo("community.invitationAccepted");
        return "/community/community?faces-redirect=true&id=" + communityId;
    }

    public String declineInvitation(long communityId) {
        memberships.declineInvitation(currentUser.caller(), communityId);
        messages.flashInfo("community.invitationDeclined");
        return "/home/home?faces-redirect=true";
    }

    public List<MyCommunity> getCommunities() {
        if (communities == null) {
            List<MyCommunity> mine = communityService.mine(currentUser.caller(), MAX_COMMUNITIES);
            communities = List.copyOf(mine.subList(0, Math.min(mine.size(), MAX_COMMUNITIES)));
            moreCommunities = mine.size() > MAX_COMMUNITIES;
        }
        return communities;
    }

    /** More communities than the home page lists: the page links to the whole list. */
    public boolean isMoreCommunities() {
        getCommunities();
        return moreCommunities;
    }

    public List<PersonSummary> getColleagues() {
        if (colleagues == null) {
            colleagues = people.colleagues(currentUser.caller(), MAX_COLLEAGUES);
        }
        return colleagues;
    }
}
