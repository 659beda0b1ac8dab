package org.werkraum.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
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

    /** The standing a membership gives. */
    public static Standing standing(MembershipStatus status, MembershipRole role) {
        return switch (status) {
            case ACTIVE -> role == MembershipRole.OWNER ? Standing.OWNER : Standing.MEMBER;
            case REQUESTED -> Standing.REQUESTED;
            case INVITED -> Standing.INVITED;
        };
    }
}
