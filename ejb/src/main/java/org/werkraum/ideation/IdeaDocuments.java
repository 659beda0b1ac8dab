package org.werkraum.ideation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.werkraum.community.Community;
import org.werkraum.markdown.Markdown;
import org.werkraum.search.DocumentType;
import org.werkraum.search.SearchDocument;
import org.werkraum.searching.DocumentSource;
import org.werkraum.security.AccessPolicy;

/**
 * An idea in search, for those who read its community's content; its author and community go with the hit. A
 * duplicate is not in search: its original is.
 */
@ApplicationScoped
public class IdeaDocuments implements DocumentSource {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Override
    public DocumentType type() {
        return DocumentType.IDEA;
    }

    @Override
    public Map<String, SearchDocument> current(Collection<String> ids) {
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        em.createQuery(
                        "select distinct i from Idea i join fetch i.author where i.id in :ids and i.status <> :duplicate",
                        Idea.class)
                .setParameter("ids", ids.stream().map(Long::valueOf).toList())
                .setParameter("duplicate", IdeaStatus.DUPLICATE)
                .getResultList()
                .forEach(idea -> documents.put(String.valueOf(idea.id()), document(idea)));
        return documents;
    }

    private SearchDocument document(Idea idea) {
        Community community = idea.board().community();
        return new SearchDocument(
                String.valueOf(idea.id()),
                DocumentType.IDEA,
                idea.title(),
                Markdown.toText(idea.markdown()),
                List.of(idea.author().displayName(), community.name()),
                List.copyOf(idea.tags()),
                String.valueOf(idea.author().id()),
                String.valueOf(community.id()),
                policy.readersOfCommunity(community.id(), community.type()),
                idea.statusChangedAt() != null ? idea.statusChangedAt() : idea.createdAt());
    }

    @Override
    public Stream<String> allIds() {
        return em.createQuery("select i.id from Idea i where i.status <> :duplicate", Long.class)
                .setParameter("duplicate", IdeaStatus.DUPLICATE)
                .getResultStream()
                .map(String::valueOf);
    }
}
