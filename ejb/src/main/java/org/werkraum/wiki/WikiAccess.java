package org.werkraum.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.werkraum.community.Community;
import org.werkraum.community.Standings;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.Standing;
import org.werkraum.security.WikiRole;

/**
 * What the policy decides over in a wiki: a community's follows the community (its content's readers read it, its
 * members write, its owners run it); a wiki of its own follows what its people were named.
 */
@ApplicationScoped
class WikiAccess {

    @Inject
    AccessPolicy policy;

    @Inject
    Standings standings;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    /** What the caller may do in one wiki. */
    record Rights(boolean read, boolean edit, boolean manage) {}

    Rights of(Caller caller, Wiki wiki) {
        Community community = wiki.community();
        if (community != null) {
            Standing standing = standings.of(caller.personId(), community.id());
            boolean read = policy.canSeeCommunityContent(caller, community.type(), standing);
            return new Rights(
                    read,
                    read && policy.canContribute(caller, community.type(), standing),
                    policy.canManageCommunity(caller, community.type(), standing));
        }
        WikiRole role = roleOf(caller.personId(), wiki.id());
        return new Rights(
                policy.canReadWiki(caller, wiki.openToAll(), role),
                policy.canEditWiki(caller, wiki.openToAll(), role),
                policy.canManageWiki(caller, wiki.openToAll(), role));
    }

    /** Whether the caller reads a community's content, and so its wiki. */
    boolean readsContent(Caller caller, Community community) {
        return policy.canSeeCommunityContent(caller, community.type(), standings.of(caller.personId(), community.id()));
    }

    WikiRole roleOf(long personId, long wikiId) {
        List<?> roles = em.createNativeQuery("select role from wiki_member where wiki_id = ?1 and person_id = ?2")
                .setParameter(1, wikiId)
                .setParameter(2, personId)
                .getResultList();
        return roles.isEmpty() ? WikiRole.NONE : WikiRole.valueOf((String) roles.get(0));
    }
}
