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
import java.util.Set;
import org.werkraum.activity.FollowService;
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
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.shared.Tags;

/**
 * Founding, describing and finding communities. Every method first asks {@link CommunityLookup} whether the caller
 * may see the community at all; membership lives in {@link MembershipService}.
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

    @Inject
    CommunityLookup lookup;

    @Inject
    FollowService follows;

    @Inject
    MembershipService memberships;

    /** Creates a community with the caller as its first owner. */
    public CommunityDetail create(Caller caller, @Valid CommunityDraft draft) {
        if (!policy.canCreateCommunity(caller)) {
            throw new AccessDeniedException("error.community.createDenied", "you may not create communities");
        }
        String name = draft.name().strip();
        checkNameFree(caller, name, null);
        Person creator = lookup.person(caller.personId());
        Community community = new Community(
                name,
                draft.description().strip(),
                draft.type(),
                orgUnit(draft.orgUnitId()),
                Tags.normalizeAll(draft.tags()),
                creator);
        em.persist(community);
        em.persist(new CommunityMembership(community, creator, MembershipRole.OWNER, MembershipStatus.ACTIVE, null));
        em.flush();
        follows.startFollowing(creator.id(), community.id());
        outbox.changed(DocumentType.COMMUNITY, community.id());
        return lookup.detail(caller, community);
    }

    /** Changes name, description, tags and org unit; owners (and admins) only. */
    public CommunityDetail update(Caller caller, long communityId, long expectedVersion, @Valid CommunityDraft draft) {
        Community community = lookup.visible(caller, communityId);
        lookup.requireManager(caller, community);
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
        community.describe(
                name, draft.description().strip(), Tags.normalizeAll(draft.tags()), orgUnit(draft.orgUnitId()));
        outbox.changed(DocumentType.COMMUNITY, communityId);
        return lookup.detail(caller, community);
    }

    public CommunityDetail find(Caller caller, long communityId) {
        return lookup.detail(caller, lookup.seen(caller, communityId));
    }

    /**
     * A community as its page shows it: the details and, for those who may see its content, the first page of its
     * members (else an empty one); one transaction, the community read and the caller's standing asked once.
     */
    public CommunityWithMembers withMembers(Caller caller, long communityId, PageRequest members) {
        CommunityLookup.Seen seen = lookup.seen(caller, communityId);
        CommunityDetail detail = lookup.detail(caller, seen);
        return new CommunityWithMembers(
                detail,
                detail.canSeeContent()
                        ? memberships.members(caller, seen, members)
                        : new Page<>(List.of(), members.page(), members.size(), 0));
    }

    /**
     * The caller's own communities (member, owner, invited, asked to join) by name, as the home page lists them: up to
     * {@code max} and one more to tell that there are more. One statement, where the directory's page of the same
     * takes three (with tags and member counts the home page does not show).
     */
    public List<MyCommunity> mine(Caller caller, int max) {
        TypedQuery<Object[]> query = em.createQuery(
                "select c.id, c.name, own.status, own.role from Community c join CommunityMembership own"
                        + " on own.community = c and own.person.id = :me where " + VISIBLE
                        + " order by lower(c.name), c.id",
                Object[].class);
        visibleParameters(caller).forEach(query::setParameter);
        return query.setMaxResults(max + 1).getResultList().stream()
                .map(row -> new MyCommunity(
                        (Long) row[0], (String) row[1], Standings.standing((MembershipStatus) row[2], (MembershipRole)
                                row[3])))
                .toList();
    }

    /** The communities the caller may see, by name; counted up to {@link Page#countedAtMost()}. */
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
        // one row per community with its unit's name and the caller's own membership (status and role, null for
        // none); then the page's tags and member counts, one statement each: loading entities took six statements
        // (the page, tags, units, standings, member counts). The counts are not a subquery here: PostgreSQL would
        // count for every row an offset skips (131 ms for page 50).
        TypedQuery<Object[]> query = em.createQuery(
                "select c.id, c.name, c.description, c.type, u.name, own.status, own.role from Community c"
                        + " left join c.orgUnit u left join CommunityMembership own on own.community = c and"
                        + " own.person.id = :me" + where + " order by lower(c.name), c.id",
                Object[].class);
        TypedQuery<Long> beyond = em.createQuery("select c.id from Community c" + where, Long.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Community c" + where, Long.class);
        params.forEach((key, value) -> {
            query.setParameter(key, value);
            beyond.setParameter(key, value);
            count.setParameter(key, value);
        });
        List<Object[]> rows =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        Map<Long, Set<String>> tags = lookup.tags(ids);
        Map<Long, Long> memberCounts = lookup.activeMemberCounts(ids);
        List<CommunitySummary> items = rows.stream()
                .map(row -> new CommunitySummary(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        (CommunityType) row[3],
                        tags.getOrDefault((Long) row[0], Set.of()),
                        (String) row[4],
                        memberCounts.getOrDefault((Long) row[0], 0L),
                        row[5] == null
                                ? Standing.NONE
                                : Standings.standing((MembershipStatus) row[5], (MembershipRole) row[6])))
                .toList();
        if (Page.isLast(page, items.size())) {
            return new Page<>(items, page.page(), page.size(), page.offset() + items.size());
        }
        // counted as far as the people directory counts: 10,000 communities need not be counted for every page;
        // one row past the bound says whether there are more, and only fewer are counted
        int countedAtMost = Page.countedAtMost();
        if (!beyond.setFirstResult(countedAtMost)
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            return new Page<>(items, page.page(), page.size(), countedAtMost, true);
        }
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
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
            + " where m.community = c and m.person.id = :me and (m.status = :active or m.status = :invited)))";

    private static Map<String, Object> visibleParameters(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        params.put("restricted", CommunityType.RESTRICTED);
        params.put("me", caller.personId());
        // single values, not a list: a query with a list parameter is translated to SQL anew for every execution
        params.put("active", MembershipStatus.ACTIVE);
        params.put("invited", MembershipStatus.INVITED);
        return params;
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
}
