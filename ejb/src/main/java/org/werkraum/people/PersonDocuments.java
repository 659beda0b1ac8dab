package org.werkraum.people;

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

/** A person in search: found by name, title, org unit, location, expertise and bio. */
@ApplicationScoped
public class PersonDocuments implements DocumentSource {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Override
    public DocumentType type() {
        return DocumentType.PERSON;
    }

    /** One query for all ids; deactivated people are missing, so they leave the index. */
    @Override
    public Map<String, SearchDocument> current(Collection<String> ids) {
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        em.createQuery("select p from Person p where p.id in :ids and p.active = true", Person.class)
                .setParameter("ids", ids.stream().map(Long::valueOf).toList())
                .getResultList()
                .forEach(person -> documents.put(String.valueOf(person.id()), document(person)));
        return documents;
    }

    private SearchDocument document(Person person) {
        String id = String.valueOf(person.id());
        List<String> keywords = new ArrayList<>();
        if (person.title() != null) {
            keywords.add(person.title());
        }
        if (person.orgUnit() != null) {
            keywords.add(person.orgUnit().name());
        }
        if (person.location() != null) {
            keywords.add(person.location());
        }
        String text = String.join("\n", person.expertise()) + (person.bio() == null ? "" : "\n" + person.bio());
        return new SearchDocument(
                id,
                DocumentType.PERSON,
                person.displayName(),
                text,
                keywords,
                List.copyOf(person.expertise()),
                null,
                null,
                policy.readersOfPerson(),
                null);
    }

    @Override
    public Stream<String> allIds() {
        return em.createQuery("select p.id from Person p where p.active = true", Long.class)
                .getResultStream()
                .map(String::valueOf);
    }
}
