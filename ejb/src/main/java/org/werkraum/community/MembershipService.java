package org.werkraum.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.werkraum.activity.Activities;
import org.werkraum.activity.Activity;
import org.werkraum.activity.ActivityKind;
import org.werkraum.activity.FollowService;
import org.werkraum.notification.Notice;
import org.werkraum.notification.NotificationKind;
import org.werkraum.notification.Notifications;
import org.werkraum.notification.SubjectType;
import org.werkraum.people.Person;
import org.werkraum.search.Principals;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.Standing;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;

/**
 * Everything about membership: joining, requests to join, invitations, leaving, and the owners' management of
 * members. A community keeps at least one owner. Like {@link CommunityService}, every method first checks that the
 * caller may see the community at all.
 */
@ApplicationScoped
@Transactional
public class MembershipService {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    CommunityLookup lookup;

    @Inject
    Activities activities;

    @Inject
    Notifications notifications;

    @Inject
    FollowService follows;

    /**
     * The member list. Owners also see open requests and invitations; people who cannot see a restricted
     * community's content get "not found".
     */
    public Page<Member> members(Caller caller, long communityId, PageRequest page) {
        return members(caller, lookup.seen(caller, communityId), page);
    }

    /** The same for a community already looked up in this transaction. */
    Page<Member> members(Caller caller, CommunityLookup.Seen seen, PageRequest page) {
        Community community = seen.community();
        Standing standing = seen.standing();
        if (!policy.canSeeCommunityContent(caller, community.type(), standing)) {
            throw new NotFoundException("community", community.id());
        }
        // owners see every status, others the active members; one status is a single value, not a list, so that
        // the query's translation to SQL is kept
        boolean everyStatus = policy.canManageCommunity(caller, community.type(), standing);
        String statuses = everyStatus ? "" : " and m.status = :active";
        TypedQuery<Member> query = em.createQuery(
                "select new org.werkraum.community.Member(p.id, p.login, p.displayName, p.title, m.role, m.status)"
                        + " from CommunityMembership m join m.person p where m.community = :c" + statuses
                        + " order by m.status, m.role desc, p.displayName, p.id",
                Member.class);
        TypedQuery<Long> count = em.createQuery(
                "select count(m) from CommunityMembership m where m.community = :c" + statuses, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("c", community);
            if (!everyStatus) {
                q.setParameter("active", MembershipStatus.ACTIVE);
            }
        }
        List<Member> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = count.getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * Joins a public community at once, or asks to join a moderated one. A restricted community cannot be joined:
     * its owners invite.
     */
    public CommunityDetail join(Caller caller, long communityId) {
        Community community = lookup.visible(caller, communityId);
        Optional<CommunityMembership> mine = lookup.membership(community, caller.personId());
        Standing standing = CommunityLookup.standing(mine);
        if (policy.canJoinDirectly(caller, community.type(), standing)) {
            mine.ifPresentOrElse(
                    CommunityMembership::activate,
                    () -> em.persist(new CommunityMembership(
                            community,
                            lookup.person(caller.personId()),
                            MembershipRole.MEMBER,
                            MembershipStatus.ACTIVE,
                            null)));
            welcome(community, caller.personId());
        } else if (policy.canRequestMembership(caller, community.type(), standing)) {
            em.persist(new CommunityMembership(
                    community,
                    lookup.person(caller.personId()),
                    MembershipRole.MEMBER,
                    MembershipStatus.REQUESTED,
                    null));
            em.flush();
            notifications.send(
                    notice(NotificationKind.MEMBERSHIP_REQUEST, caller.personId(), community, null), owners(community));
        } else if (standing.isMember() || standing == Standing.REQUESTED) {
            throw new ConflictException(
                    "error.community.alreadyMember",
                    "you are already a member of " + community.name() + " or have asked to join",
                    community.name());
        } else if (standing == Standing.INVITED) {
            return acceptInvitation(caller, communityId);
        } else {
            throw new AccessDeniedException(
                    "error.community.inviteOnly",
                    community.name() + " is restricted: its owners invite members",
                    community.name());
        }
        em.flush();
        return lookup.detail(caller, community);
    }

    /** An owner accepts a request to join a moderated community. */
    public void acceptRequest(Caller caller, long communityId, long personId) {
        Community community = lookup.visible(caller, communityId);
        lookup.requireManager(caller, community);
        CommunityMembership request = pending(community, personId, MembershipStatus.REQUESTED);
        request.activate();
        welcome(community, personId);
        notifications.settle(NotificationKind.MEMBERSHIP_REQUEST, SubjectType.COMMUNITY, communityId, personId);
    }

    /** An owner declines a request to join. */
    public void declineRequest(Caller caller, long communityId, long personId) {
        Community community = lookup.visible(caller, communityId);
        lookup.requireManager(caller, community);
        CommunityMembership request = pending(community, personId, MembershipStatus.REQUESTED);
        em.remove(request);
        notifications.settle(NotificationKind.MEMBERSHIP_REQUEST, SubjectType.COMMUNITY, communityId, personId);
    }

    /** An owner invites a colleague; he becomes a member when he accepts. */
    public void invite(Caller caller, long communityId, long personId) {
        Community community = lookup.visible(caller, communityId);
        lookup.requireManager(caller, community);
        Person invitee = lookup.person(personId);
        if (!invitee.active()) {
            throw new NotFoundException("person", personId);
        }
        Optional<CommunityMembership> existing = lookup.membership(community, personId);
        if (existing.isPresent()) {
            if (existing.get().status() == MembershipStatus.REQUESTED) {
                existing.get().activate();
                welcome(community, personId);
                notifications.settle(NotificationKind.MEMBERSHIP_REQUEST, SubjectType.COMMUNITY, communityId, personId);
                return;
            }
            throw new ConflictException(
                    "error.community.alreadyInvited",
                    invitee.displayName() + " is already a member or invited",
                    invitee.displayName());
        }
        em.persist(new CommunityMembership(
                community, invitee, MembershipRole.MEMBER, MembershipStatus.INVITED, lookup.person(caller.personId())));
        em.flush();
        // the invitee may not see a restricted community's content yet, but he may hear that he is invited into it
        notifications.send(
                notice(NotificationKind.INVITATION, caller.personId(), community, Principals.user(personId)),
                List.of(personId));
    }

    public CommunityDetail acceptInvitation(Caller caller, long communityId) {
        Community community = lookup.visible(caller, communityId);
        CommunityMembership invitation = pending(community, caller.personId(), MembershipStatus.INVITED);
        invitation.activate();
        welcome(community, caller.personId());
        notifications.seen(caller, NotificationKind.INVITATION, SubjectType.COMMUNITY, communityId);
        em.flush();
        return lookup.detail(caller, community);
    }

    public void declineInvitation(Caller caller, long communityId) {
        Community community = lookup.visible(caller, communityId);
        CommunityMembership invitation = pending(community, caller.personId(), MembershipStatus.INVITED);
        em.remove(invitation);
        notifications.seen(caller, NotificationKind.INVITATION, SubjectType.COMMUNITY, communityId);
    }

    /** What tells of a request or an invitation: read by the community's readers, or by one person named. */
    private Notice notice(NotificationKind kind, long actorId, Community community, String readers) {
        return new Notice(
                kind,
                actorId,
                SubjectType.COMMUNITY,
                community.id(),
                null,
                null,
                community.id(),
                readers != null
                        ? readers
                        : policy.readersOfCommunity(community.id(), community.type())
                                .iterator()
                                .next(),
                community.name(),
                "");
    }

    private List<Long> owners(Community community) {
        return em.createQuery(
                        "select m.person.id from CommunityMembership m where m.community = :community"
                                + " and m.role = :owner and m.status = :active",
                        Long.class)
                .setParameter("community", community)
                .setParameter("owner", MembershipRole.OWNER)
                .setParameter("active", MembershipStatus.ACTIVE)
                .getResultList();
    }

    /** A new member: his community's followers hear of him, and he follows it from now on. */
    private void welcome(Community community, long personId) {
        activities.record(new Activity(
                ActivityKind.NEW_MEMBER,
                personId,
                community.id(),
                null,
                community.id(),
                policy.readersOfCommunity(community.id(), community.type()),
                community.name(),
                "",
                Set.of()));
        follows.startFollowing(personId, community.id());
    }

    /** Leaves a community, or withdraws a request to join. The last owner cannot leave. */
    public void leave(Caller caller, long communityId) {
        Community community = lookup.visible(caller, communityId);
        CommunityMembership mine = lookup.membership(community, caller.personId())
                .orElseThrow(() -> new NotFoundException("membership", communityId));
        removeKeepingAnOwner(community, mine);
    }

    /** An owner removes a member, a request or an invitation. */
    public void removeMember(Caller caller, long communityId, long personId) {
        Community community = lookup.visible(caller, communityId);
        lookup.requireManager(caller, community);
        CommunityMembership membership =
                lookup.membership(community, personId).orElseThrow(() -> new NotFoundException("membership", personId));
        removeKeepingAnOwner(community, membership);
    }

    /** An owner makes an active member owner too. */
    public void promoteToOwner(Caller caller, long communityId, long personId) {
        changeRole(caller, communityId, personId, m -> m.changeRole(MembershipRole.OWNER));
    }

    /** An owner makes another owner a plain member again; the last owner stays owner. */
    public void demoteToMember(Caller caller, long communityId, long personId) {
        changeRole(caller, communityId, personId, m -> {
            if (m.role() == MembershipRole.OWNER && activeOwnerCount(m.community()) <= 1) {
                throw new LastOwnerException(m.community().name());
            }
            m.changeRole(MembershipRole.MEMBER);
        });
    }

    private void changeRole(Caller caller, long communityId, long personId, Consumer<CommunityMembership> change) {
        Community community = lookup.visible(caller, communityId);
        lookup.requireManager(caller, community);
        CommunityMembership membership = lookup.membership(community, personId)
                .filter(CommunityMembership::isActive)
                .orElseThrow(() -> new NotFoundException("member", personId));
        change.accept(membership);
    }

    private void removeKeepingAnOwner(Community community, CommunityMembership membership) {
        if (membership.isActiveOwner() && activeOwnerCount(community) <= 1) {
            throw new LastOwnerException(community.name());
        }
        em.remove(membership);
    }

    /** A request to join or an invitation that waits for an answer; "not found" if there is none. */
    private CommunityMembership pending(Community community, long personId, MembershipStatus status) {
        return lookup.membership(community, personId)
                .filter(m -> m.status() == status)
                .orElseThrow(() -> new NotFoundException(
                        status == MembershipStatus.INVITED ? "invitation" : "membership request", personId));
    }

    private long activeOwnerCount(Community community) {
        return em.createQuery(
                        "select count(m) from CommunityMembership m where m.community = :c and m.status ="
                                + " :active and m.role = :owner",
                        Long.class)
                .setParameter("c", community)
                .setParameter("active", MembershipStatus.ACTIVE)
                .setParameter("owner", MembershipRole.OWNER)
                .getSingleResult();
    }
}
