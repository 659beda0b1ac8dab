package org.werkraum.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.werkraum.search.DocumentType;
import org.werkraum.search.SearchDocument;
import org.werkraum.searching.DocumentSource;
import org.werkraum.security.AccessPolicy;

/** A community in search: public and moderated ones for everyone, restricted ones for their members only. */
@ApplicationScoped
public class CommunityDocuments implements DocumentSource {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Override
    public DocumentType type() {
        return DocumentType.COMMUNITY;
    }

    /** One query for all ids; communities that are gone are missing, so they leave the index. */
    @Override
    public Map<String, SearchDocument> current(Collection<String> ids) {
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        em.createQuery(
                        "select distinct c from Community c left join fetch c.orgUnit left join fetch c.tags"
                                + " where c.id in :ids",
                        Community.class)
                .setParameter("ids", ids.stream().map(Long::valueOf).toList())
                .getResultList()
                .forEach(community -> documents.put(String.valueOf(community.id()), document(community)));
        return documents;
    }

    private SearchDocument document(Community community) {
        String id = String.valueOf(community.id());
        List<String> keywords = new ArrayList<>();
        if (community.orgUnit() != null) {
            keywords.add(community.orgUnit().name());
        }
        return new SearchDocument(
                id,
                DocumentType.COMMUNITY,
                community.name(),
                community.description(),
                keywords,
                List.copyOf(community.tags()),
                null,
                id,
                policy.readersOfCommunity(community.id(), community.type()),
                community.createdAt());
    }

    @Override
    public Stream<String> allIds() {
        return em.createQuery("select c.id from Community c", Long.class)
                .getResultStream()
                .map(String::valueOf);
    }
}
