package org.werkraum.web.community;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.werkraum.community.CommunityDetail;
import org.werkraum.community.CommunityService;
import org.werkraum.community.CommunityType;
import org.werkraum.community.CommunityWithMembers;
import org.werkraum.community.Member;
import org.werkraum.community.MembershipService;
import org.werkraum.people.PeopleService;
import org.werkraum.people.PersonSummary;
import org.werkraum.security.Standing;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /communities/42}: one community, the caller's membership in it, and for its owners the members,
 * requests and invitations. Which buttons show follows the flags of {@link CommunityDetail}; every action is one
 * service call and then shows the page afresh.
 */
@Named
@ViewScoped
public class CommunityPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MEMBERS_SHOWN = PageRequest.MAX_SIZE;

    @Inject
    CommunityService communities;

    @Inject
    MembershipService memberships;

    @Inject
    PeopleService people;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long id;
    private CommunityDetail community;
    private Page<Member> members;
    private PersonSummary invitee;

    public void onLoad() {
        CommunityWithMembers shown =
                communities.withMembers(currentUser.caller(), id, PageRequest.first(MEMBERS_SHOWN));
        community = shown.community();
        members = shown.members();
    }

    public String join() {
        return act(() -> memberships.join(currentUser.caller(), id), "community.joined");
    }

    /** The same service call as {@link #join()}: for a moderated community it asks the owners. */
    public String requestMembership() {
        return act(() -> memberships.join(currentUser.caller(), id), "community.requested");
    }

    public String acceptInvitation() {
        return act(() -> memberships.acceptInvitation(currentUser.caller(), id), "community.invitationAccepted");
    }

    public String declineInvitation() {
        return actThenLeavePage(
                () -> memberships.declineInvitation(currentUser.caller(), id), "community.invitationDeclined");
    }

    public String leave() {
        return actThenLeavePage(() -> memberships.leave(currentUser.caller(), id), "community.left");
    }

    public String acceptRequest(long personId) {
        return act(() -> memberships.acceptRequest(currentUser.caller(), id, personId), "community.requestAccepted");
    }

    public String declineRequest(long personId) {
        return act(() -> memberships.declineRequest(currentUser.caller(), id, personId), "community.requestDeclined");
    }

    public String removeMember(long personId) {
        return act(() -> memberships.removeMember(currentUser.caller(), id, personId), "community.memberRemoved");
    }

    public String promoteToOwner(long personId) {
        return act(() -> memberships.promoteToOwner(currentUser.caller(), id, personId), "community.promoted");
    }

    public String invite() {
        if (invitee == null) {
            messages.fieldError("inviteQuery", "community.inviteNobody");
            return null;
        }
        String name = invitee.displayName();
        return act(() -> memberships.invite(currentUser.caller(), id, invitee.id()), "community.invited", name);
    }

    /**
     * Turns the login of a chosen suggestion ({@link org.werkraum.web.people.PeopleSuggestionsServlet}) into the
     * person and back.
     */
    public Converter<PersonSummary> getInviteeConverter() {
        return new Converter<>() {
            @Override
            public PersonSummary getAsObject(FacesContext context, UIComponent component, String value) {
                return value == null || value.isBlank()
                        ? null
                        : people.byLogin(value.strip()).orElse(null);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, PersonSummary value) {
                return value == null ? "" : value.login();
            }
        };
    }

    private String act(Runnable action, String doneKey, Object... arguments) {
        action.run();
        messages.flashInfo(doneKey, arguments);
        return "/community/community?faces-redirect=true&id=" + id;
    }

    /** After declining or leaving, a restricted community is out of sight: go back to the list. */
    private String actThenLeavePage(Runnable action, String doneKey) {
        String outcome = act(action, doneKey, community.name());
        if (outcome != null && community.type() == CommunityType.RESTRICTED) {
            return "/community/directory?faces-redirect=true";
        }
        return outcome;
    }

    public boolean isInvited() {
        return community != null && community.standing() == Standing.INVITED;
    }

    /** Join directly: public communities; an invitee accepts his invitation instead. */
    public boolean isJoinable() {
        return community != null && community.canJoin() && community.standing() == Standing.NONE;
    }

    /** Members leave; someone who asked to join withdraws his request the same way. */
    public boolean isLeavable() {
        return community != null && (community.standing().isMember() || community.standing() == Standing.REQUESTED);
    }

    public boolean isMe(Member member) {
        return member.personId() == currentUser.getId();
    }

    public List<Member> getMembers() {
        return members == null ? List.of() : members.items();
    }

    /** Members beyond the ones listed. */
    public long getMoreMembers() {
        return members == null
                ? 0
                : Math.max(0, members.total() - members.items().size());
    }

    public CommunityDetail getCommunity() {
        return community;
    }

    public List<String> getTags() {
        return community == null
                ? List.of()
                : community.tags().stream().sorted().toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonSummary getInvitee() {
        return invitee;
    }

    public void setInvitee(PersonSummary invitee) {
        this.invitee = invitee;
    }
}
