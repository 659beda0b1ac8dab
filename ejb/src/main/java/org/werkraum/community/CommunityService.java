package org.werkraum.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.werkraum.outbox.Outbox;
import org.werkraum.people.OrgUnit;
import org.werkraum.people.Person;
import org.werkraum.search.DocumentType;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.Standing;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.LikePattern;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.shared.Tags;

/**
 * Creating communities and everything about membership. Every method first checks that the caller may see the
 * community at all: a restricted community the caller is not in answers "not found", never "forbidden", so that its
 * existence does not leak.
 */
@ApplicationScoped
@Transactional
public class CommunityService {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    Outbox outbox;

    @Inject
    Standings standings;

    /** Creates a community with the caller as its first owner. */
    public CommunityDetail create(Caller caller, @Valid CommunityDraft draft) {
        if (!policy.canCreateCommunity(caller)) {
            throw new AccessDeniedException("error.community.createDenied", "you may not create communities");
        }
        String name = draft.name().strip();
        checkNameFree(caller, name, null);
        Person creator = person(caller.personId());
        Community community = new Community(
                name,
                draft.description().strip(),
                draft.type(),
                orgUnit(draft.orgUnitId()),
                normalizedTags(draft.tags()),
                creator);
        em.persist(community);
        em.persist(new CommunityMembership(community, creator, MembershipRole.OWNER, MembershipStatus.ACTIVE, null));
        em.flush();
        outbox.changed(DocumentType.COMMUNITY, community.id());
        return detail(caller, community);
    }

    /** Changes name, description, tags and org unit; owners (and admins) only. */
    public CommunityDetail update(Caller caller, long communityId, long expectedVersion, @Valid CommunityDraft draft) {
        Community community = visible(caller, communityId);
        requireManager(caller, community);
        if (community.version() != expectedVersion) {
            throw new ConflictException(
                    "error.community.changedMeanwhile",
                    "the community was changed by someone else meanwhile; reload and edit again");
        }
        if (draft.type() != community.type()) {
            throw new InvalidInputException(
                    "type", "error.community.typeFixed", "the type of a community cannot be changed");
        }
        String name = draft.name().strip();
        checkNameFree(caller, name, communityId);
        community.describe(name, draft.description().strip(), normalizedTags(draft.tags()), orgUnit(draft.orgUnitId()));
        outbox.changed(DocumentType.COMMUNITY, communityId);
        return detail(caller, community);
    }

    public CommunityDetail find(Caller caller, long communityId) {
        return detail(caller, visible(caller, communityId));
    }

    /** The communities the caller may see, by name. */
    public Page<CommunitySummary> directory(Caller caller, CommunityFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where " + VISIBLE);
        Map<String, Object> params = visibleParameters(caller);
        if (filter.mine()) {
            where.append(" and exists (select m2 from CommunityMembership m2 where m2.community = c and m2.person.id"
                    + " = :me)");
        }
        if (filter.orgUnitId() != null) {
            where.append(" and c.orgUnit.id = :unit");
            params.put("unit", filter.orgUnitId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.append(" and :tag member of c.tags");
            params.put("tag", Tags.normalize(filter.tag()));
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            where.append(" and lower(c.name) like :name");
            params.put("name", LikePattern.containing(filter.name()));
        }
        TypedQuery<Community> query =
                em.createQuery("select c from Community c" + where + " order by lower(c.name), c.id", Community.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Community c" + where, Long.class);
        params.forEach((key, value) -> {
            query.setParameter(key, value);
            count.setParameter(key, value);
        });
        List<Community> communities =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, Standing> mine = standings.of(
                caller.personId(), communities.stream().map(Community::id).toList());
        List<CommunitySummary> items = communities.stream()
                .map(c -> new CommunitySummary(
                        c.id(),
                        c.name(),
                        c.description(),
                        c.type(),
                        c.tags(),
                        c.orgUnit() == null ? null : c.orgUnit().name(),
                        activeMemberCount(c),
                        mine.getOrDefault(c.id(), Standing.NONE)))
                .toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * The member list. Owners also see open requests and invitations; people who cannot see a restricted
     * community's content get "not found".
     */
    public Page<Member> members(Caller caller, long communityId, PageRequest page) {
        Community community = visible(caller, communityId);
        Standing standing = standing(caller, community);
        if (!policy.canSeeCommunityContent(caller, community.type(), standing)) {
            throw new NotFoundException("community", communityId);
        }
        List<MembershipStatus> statuses = policy.canManageCommunity(caller, community.type(), standing)
                ? List.of(MembershipStatus.values())
                : List.of(MembershipStatus.ACTIVE);
        List<Member> items = em.createQuery(
                        "select m from CommunityMembership m join m.person p where"
                                + " m.community = :c and m.status in :statuses order by m.status, m.role desc, p.displayName",
                        CommunityMembership.class)
                .setParameter("c", community)
                .setParameter("statuses", statuses)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(Member::of)
                .toList();
        long total = em.createQuery(
                        "select count(m) from CommunityMembership m where m.community = :c and"
                                + " m.status in :statuses",
                        Long.class)
                .setParameter("c", community)
                .setParameter("statuses", statuses)
                .getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /**
     * Joins a public community at once, or asks to join a moderated one. A restricted community cannot be joined:
     * its owners invite.
     */
    public CommunityDetail join(Caller caller, long communityId) {
        Community community = visible(caller, communityId);
        Optional<CommunityMembership> mine = membership(community, caller.personId());
        Standing standing = standing(mine);
        if (policy.canJoinDirectly(caller, community.type(), standing)) {
            mine.ifPresentOrElse(
                    CommunityMembership::activate,
                    () -> em.persist(new CommunityMembership(
                            community,
                            person(caller.personId()),
                            MembershipRole.MEMBER,
                            MembershipStatus.ACTIVE,
                            null)));
        } else if (policy.canRequestMembership(caller, community.type(), standing)) {
            em.persist(new CommunityMembership(
                    community, person(caller.personId()), MembershipRole.MEMBER, MembershipStatus.REQUESTED, null));
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
        return detail(caller, community);
    }

    /** An owner accepts a request to join a moderated community. */
    public void acceptRequest(Caller caller, long communityId, long personId) {
        Community community = visible(caller, communityId);
        requireManager(caller, community);
        CommunityMembership request = pending(community, personId, MembershipStatus.REQUESTED);
        request.activate();
    }

    /** An owner declines a request to join. */
    public void declineRequest(Caller caller, long communityId, long personId) {
        Community community = visible(caller, communityId);
        requireManager(caller, community);
        CommunityMembership request = pending(community, personId, MembershipStatus.REQUESTED);
        em.remove(request);
    }

    /** An owner invites a colleague; he becomes a member when he accepts. */
    public void invite(Caller caller, long communityId, long personId) {
        Community community = visible(caller, communityId);
        requireManager(caller, community);
        Person invitee = person(personId);
        if (!invitee.active()) {
            throw new NotFoundException("person", personId);
        }
        Optional<CommunityMembership> existing = membership(community, personId);
        if (existing.isPresent()) {
            if (existing.get().status() == MembershipStatus.REQUESTED) {
                existing.get().activate();
                return;
            }
            throw new ConflictException(
                    "error.community.alreadyInvited",
                    invitee.displayName() + " is already a member or invited",
                    invitee.displayName());
        }
        em.persist(new CommunityMembership(
                community, invitee, MembershipRole.MEMBER, MembershipStatus.INVITED, person(caller.personId())));
    }

    public CommunityDetail acceptInvitation(Caller caller, long communityId) {
        Community community = visible(caller, communityId);
        CommunityMembership invitation = pending(community, caller.personId(), MembershipStatus.INVITED);
        invitation.activate();
        em.flush();
        return detail(caller, community);
    }

    public void declineInvitation(Caller caller, long communityId) {
        Community community = visible(caller, communityId);
        CommunityMembership invitation = pending(community, caller.personId(), MembershipStatus.INVITED);
        em.remove(invitation);
    }

    /** Leaves a community, or withdraws a request to join. The last owner cannot leave. */
    public void leave(Caller caller, long communityId) {
        Community community = visible(caller, communityId);
        CommunityMembership mine = membership(community, caller.personId())
                .orElseThrow(() -> new NotFoundException("membership", communityId));
        removeKeepingAnOwner(community, mine);
    }

    /** An owner removes a member, a request or an invitation. */
    public void removeMember(Caller caller, long communityId, long personId) {
        Community community = visible(caller, communityId);
        requireManager(caller, community);
        CommunityMembership membership =
                membership(community, personId).orElseThrow(() -> new NotFoundException("membership", personId));
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
        Community community = visible(caller, communityId);
        requireManager(caller, community);
        CommunityMembership membership = membership(community, personId)
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

    private Community visible(Caller caller, long communityId) {
        Community community = em.find(Community.class, communityId);
        if (community == null || !policy.canSeeCommunity(caller, community.type(), standing(caller, community))) {
            throw new NotFoundException("community", communityId);
        }
        return community;
    }

    private void requireManager(Caller caller, Community community) {
        if (!policy.canManageCommunity(caller, community.type(), standing(caller, community))) {
            throw new AccessDeniedException(
                    "error.community.ownersOnly",
                    "only the owners of " + community.name() + " may do this",
                    community.name());
        }
    }

    private CommunityDetail detail(Caller caller, Community community) {
        Standing standing = standing(caller, community);
        return new CommunityDetail(
                community.id(),
                community.name(),
                community.description(),
                community.type(),
                community.tags(),
                community.orgUnit() == null ? null : community.orgUnit().id(),
                community.orgUnit() == null ? null : community.orgUnit().name(),
                activeMemberCount(community),
                standing,
                policy.canSeeCommunityContent(caller, community.type(), standing),
                policy.canManageCommunity(caller, community.type(), standing),
                policy.canJoinDirectly(caller, community.type(), standing),
                policy.canRequestMembership(caller, community.type(), standing),
                community.version());
    }

    private Standing standing(Caller caller, Community community) {
        return standings.of(caller.personId(), community.id());
    }

    private static Standing standing(Optional<CommunityMembership> membership) {
        return membership.map(m -> Standings.standing(m.status(), m.role())).orElse(Standing.NONE);
    }

    /** A request to join or an invitation that waits for an answer; "not found" if there is none. */
    private CommunityMembership pending(Community community, long personId, MembershipStatus status) {
        return membership(community, personId)
                .filter(m -> m.status() == status)
                .orElseThrow(() -> new NotFoundException(
                        status == MembershipStatus.INVITED ? "invitation" : "membership request", personId));
    }

    private Optional<CommunityMembership> membership(Community community, long personId) {
        return em.createQuery(
                        "select m from CommunityMembership m where m.community = :c and m.person.id = :p",
                        CommunityMembership.class)
                .setParameter("c", community)
                .setParameter("p", personId)
                .getResultStream()
                .findFirst();
    }

    private long activeMemberCount(Community community) {
        return em.createQuery(
                        "select count(m) from CommunityMembership m where m.community = :c and m.status =" + " :active",
                        Long.class)
                .setParameter("c", community)
                .setParameter("active", MembershipStatus.ACTIVE)
                .getSingleResult();
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

    /**
     * A name must be free among the communities the caller can see, and only there: that a restricted community of
     * the same name exists must not show (the rule for every name check: blogs, wikis, tags alike). Concurrent checks
     * of one name wait for each other, so two people cannot both take a free name at once.
     */
    private void checkNameFree(Caller caller, String name, Long exceptId) {
        String lower = name.toLowerCase(Locale.ROOT);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('community-name:' || ?1))")
                .setParameter(1, lower)
                .getSingleResult();
        TypedQuery<Long> query =
                em.createQuery("select c.id from Community c where lower(c.name) = :name and " + VISIBLE, Long.class);
        query.setParameter("name", lower);
        visibleParameters(caller).forEach(query::setParameter);
        if (query.getResultList().stream().anyMatch(id -> !id.equals(exceptId))) {
            throw new InvalidInputException(
                    "name", "error.community.nameTaken", "a community named " + name + " exists already", name);
        }
    }

    /**
     * The communities a caller can see, as a JPQL condition on {@code c}: the policy's
     * {@link AccessPolicy#canSeeCommunity} rule for a whole query (restricted ones only for their members and
     * invitees). {@code CommunityDirectoryIT} proves that both agree for every type and standing.
     */
    private static final String VISIBLE = "(c.type <> :restricted or exists (select m from CommunityMembership m"
            + " where m.community = c and m.person.id = :me and m.status in :seeing))";

    private static Map<String, Object> visibleParameters(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        params.put("restricted", CommunityType.RESTRICTED);
        params.put("me", caller.personId());
        params.put("seeing", List.of(MembershipStatus.ACTIVE, MembershipStatus.INVITED));
        return params;
    }

    private Person person(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("person", personId);
        }
        return person;
    }

    private OrgUnit orgUnit(Long orgUnitId) {
        if (orgUnitId == null) {
            return null;
        }
        OrgUnit unit = em.find(OrgUnit.class, orgUnitId);
        if (unit == null) {
            throw new InvalidInputException(
                    "orgUnitId", "error.orgUnit.unknown", "no such org unit " + orgUnitId, orgUnitId);
        }
        return unit;
    }

    private static Set<String> normalizedTags(Set<String> tags) {
        Set<String> result = new TreeSet<>();
        tags.stream().filter(t -> !t.isBlank()).map(Tags::normalize).forEach(result::add);
        return result;
    }
}
