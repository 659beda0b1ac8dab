package org.werkraum.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.werkraum.people.Person;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.Standing;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.NotFoundException;

/**
 * What both community services need to know about one community: whether the caller may see it at all (a
 * restricted community he is not in is "not found", never "forbidden", so that its existence does not leak), whether
 * he manages it, and how it looks to him.
 */
@ApplicationScoped
class CommunityLookup {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    Standings standings;

    /** A community the caller may see, and how he stands in it as of now. */
    record Seen(Community community, Standing standing) {}

    Community visible(Caller caller, long communityId) {
        return seen(caller, communityId).community();
    }

    Seen seen(Caller caller, long communityId) {
        Community community = em.find(Community.class, communityId);
        Standing standing = community == null ? Standing.NONE : standing(caller, community);
        if (community == null || !policy.canSeeCommunity(caller, community.type(), standing)) {
            throw new NotFoundException("community", communityId);
        }
        return new Seen(community, standing);
    }

    void requireManager(Caller caller, Community community) {
        if (!policy.canManageCommunity(caller, community.type(), standing(caller, community))) {
            throw new AccessDeniedException(
                    "error.community.ownersOnly",
                    "only the owners of " + community.name() + " may do this",
                    community.name());
        }
    }

    CommunityDetail detail(Caller caller, Community community) {
        return detail(caller, new Seen(community, standing(caller, community)));
    }

    CommunityDetail detail(Caller caller, Seen seen) {
        Community community = seen.community();
        Standing standing = seen.standing();
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

    Standing standing(Caller caller, Community community) {
        return standings.of(caller.personId(), community.id());
    }

    static Standing standing(Optional<CommunityMembership> membership) {
        return membership.map(m -> Standings.standing(m.status(), m.role())).orElse(Standing.NONE);
    }

    Optional<CommunityMembership> membership(Community community, long personId) {
        return em
                .createQuery(
                        "select m from CommunityMembership m where m.community = :c and m.person.id = :p",
                        CommunityMembership.class)
                .setParameter("c", community)
                .setParameter("p", personId)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The tags of many communities, each set in order; communities without tags are missing. */
    Map<Long, Set<String>> tags(Collection<Long> communityIds) {
        Map<Long, Set<String>> tags = new HashMap<>();
        forEachRow(
                "select community_id, tag from community_tag where community_id = any(:ids)",
                communityIds,
                (id, tag) -> tags.computeIfAbsent(id, key -> new TreeSet<>()).add((String) tag));
        return tags;
    }

    /** The active members of many communities; those without any are missing. */
    Map<Long, Long> activeMemberCounts(Collection<Long> communityIds) {
        Map<Long, Long> counts = new HashMap<>();
        forEachRow(
                "select community_id, count(*) from community_membership where community_id = any(:ids)"
                        + " and status = 'ACTIVE' group by community_id",
                communityIds,
                (id, count) -> counts.put(id, ((Number) count).longValue()));
        return counts;
    }

    /**
     * Runs a query of two columns, a community id and a value, for many communities at once. The ids go to the
     * database as one array: with a list parameter ({@code in :ids}) Hibernate translates the query to SQL anew for
     * every execution.
     */
    private void forEachRow(String sql, Collection<Long> communityIds, BiConsumer<Long, Object> row) {
        if (communityIds.isEmpty()) {
            return;
        }
        List<?> rows = em.createNativeQuery(sql)
                .setParameter("ids", communityIds.toArray(Long[]::new))
                .getResultList();
        for (Object each : rows) {
            Object[] columns = (Object[]) each;
            row.accept(((Number) columns[0]).longValue(), columns[1]);
        }
    }

    long activeMemberCount(Community community) {
        return em.createQuery(
                        "select count(m) from CommunityMembership m where m.community = :c and m.status =" + " :active",
                        Long.class)
                .setParameter("c", community)
                .setParameter("active", MembershipStatus.ACTIVE)
                .getSingleResult();
    }

    Person person(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("person", personId);
        }
        return person;
    }
}
