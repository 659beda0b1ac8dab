package org.werkraum.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The wikis of their own that a person was named in, for the principals he searches with. */
@ApplicationScoped
public class WikiRoles {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    public List<Long> namedIn(long personId) {
        return em
                .createNativeQuery("select wiki_id from wiki_member where person_id = ?1")
                .setParameter(1, personId)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }
}
