package org.werkraum.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @Override
    public Optional<SearchDocument> current(String id) {
        Community community = em.find(Community.class, Long.valueOf(id));
        if (community == null) {
            return Optional.empty();
        }
        List<String> keywords = new ArrayList<>();
        if (community.orgUnit() != null) {
            keywords.add(community.orgUnit().name());
        }
        return Optional.of(new SearchDocument(
                id,
                DocumentType.COMMUNITY,
                community.name(),
                community.description(),
                keywords,
                List.copyOf(community.tags()),
                null,
                id,
                policy.readersOfCommunity(community.id(), community.type()),
                community.createdAt()));
    }

    @Override
    public Stream<String> allIds() {
        return em.createQuery("select c.id from Community c", Long.class)
                .getResultStream()
                .map(String::valueOf);
    }
}
