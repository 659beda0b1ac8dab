package org.werkraum.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.werkraum.community.Community;
import org.werkraum.community.Standings;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.Standing;
import org.werkraum.security.WikiRole;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.NotFoundException;

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

    /** A wiki the caller may read; any other does not exist for him. */
    Wiki readable(Caller caller, long wikiId) {
        Wiki wiki = em.find(Wiki.class, wikiId);
        if (wiki == null || !of(caller, wiki).read()) {
            throw new NotFoundException("wiki", wikiId);
        }
        return wiki;
    }

    /** A page the caller may read, not in the trash; any other does not exist for him. */
    WikiPage readablePage(Caller caller, long pageId) {
        return read(caller, pageId).page();
    }

    /** A page the caller reads, with what else he may do in its wiki (asked once). */
    record Reading(WikiPage page, Rights rights) {}

    Reading read(Caller caller, long pageId) {
        EntityGraph<WikiPage> withWiki = em.createEntityGraph(WikiPage.class);
        withWiki.addSubgraph("wiki").addAttributeNodes("community");
        WikiPage page = em.find(WikiPage.class, pageId, Map.of("jakarta.persistence.fetchgraph", withWiki));
        Rights rights = page == null || page.isDeleted() ? null : of(caller, page.wiki());
        if (rights == null || !rights.read()) {
            throw new NotFoundException("page", pageId);
        }
        return new Reading(page, rights);
    }

    /** Rights to write, as the editor's, or the reason why not. */
    Rights requireEditor(Caller caller, Wiki wiki) {
        Rights rights = of(caller, wiki);
        if (!rights.edit()) {
            throw new AccessDeniedException("error.wiki.editorsOnly", "only its editors write in a wiki");
        }
        return rights;
    }

    /**
     * Takes the wiki's lock until the transaction ends: every change of its pages holds it, on every node, so that
     * titles stay unique, links are rendered against the pages there are, and a move never makes a cycle. Saves of
     * different wikis never wait for each other.
     */
    void lock(long wikiId) {
        em.createNativeQuery("select id from wiki where id = ?1 for no key update")
                .setParameter(1, wikiId)
                .getSingleResult();
    }

    WikiRole roleOf(long personId, long wikiId) {
        List<?> roles = em.createNativeQuery("select role from wiki_member where wiki_id = ?1 and person_id = ?2")
                .setParameter(1, wikiId)
                .setParameter(2, personId)
                .getResultList();
        return roles.isEmpty() ? WikiRole.NONE : WikiRole.valueOf((String) roles.get(0));
    }
}
