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
        return em
                .createQuery(
                        "select m.status, m.role from CommunityMembership m where m.person.id = :p"
                                + " and m.community.id = :c",
                        Object[].class)
                .setParameter("p", personId)
                .setParameter("c", communityId)
                .getResultList()
                .stream()
                .findFirst()
                .map(row -> standing((MembershipStatus) row[0], (MembershipRole) row[1]))
                .orElse(Standing.NONE);
    }

    /**
     * The person's standing in many communities with one query; communities without one are missing. The ids go to
     * the database as one array: with a list parameter ({@code in :ids}) Hibernate translated the query to SQL anew
     * for every execution (3 % of a community page's CPU, when its single standing was asked this way).
     */
    public Map<Long, Standing> of(long personId, Collection<Long> communityIds) {
        Map<Long, Standing> standings = new HashMap<>();
        if (communityIds.isEmpty()) {
            return standings;
        }
        List<?> rows = em.createNativeQuery("select community_id, status, role from community_membership"
                        + " where person_id = :p and community_id = any(:ids)")
                .setParameter("p", personId)
                .setParameter("ids", communityIds.toArray(Long[]::new))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            standings.put(
                    ((Number) columns[0]).longValue(),
                    standing(MembershipStatus.valueOf((String) columns[1]), MembershipRole.valueOf((String)
                            columns[2])));
        }
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
