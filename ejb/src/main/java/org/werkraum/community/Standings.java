package org.werkraum.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.werkraum.security.Standing;

/**
 * Where a person stands in communities: the one lookup behind every policy question about community content, for
 * communities themselves and for the blogs, wikis, bookmarks and ideas inside them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Standings {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    /** The person's standing in one community; {@link Standing#NONE} when he has none (or it does not exist). */
    public Standing of(long personId, long communityId) {
        return of(personId, List.of(communityId)).getOrDefault(communityId, Standing.NONE);
    }

    /** The person's standing in many communities with one query; communities without one are missing. */
    public Map<Long, Standing> of(long personId, Collection<Long> communityIds) {
        Map<Long, Standing> standings = new HashMap<>();
        if (communityIds.isEmpty()) {
            return standings;
        }
        em.createQuery(
                        "select m.community.id, m.status, m.role from CommunityMembership m where m.person.id = :p"
                                + " and m.community.id in :ids",
                        Object[].class)
                .setParameter("p", personId)
                .setParameter("ids", communityIds)
                .getResultList()
                .forEach(row ->
                        standings.put((Long) row[0], standing((MembershipStatus) row[1], (MembershipRole) row[2])));
        return standings;
    }

    /** The communities the person is an active member of: his search principals. */
    public List<Long> activeCommunityIds(long personId) {
        return em.createQuery(
                        "select m.community.id from CommunityMembership m where m.person.id = :p and m.status"
                                + " = :active",
                        Long.class)
                .setParameter("p", personId)
                .setParameter("active", MembershipStatus.ACTIVE)
                .getResultList();
    }

    static Standing standing(MembershipStatus status, MembershipRole role) {
        return switch (status) {
            case ACTIVE -> role == MembershipRole.OWNER ? Standing.OWNER : Standing.MEMBER;
            case REQUESTED -> Standing.REQUESTED;
            case INVITED -> Standing.INVITED;
        };
    }
}
