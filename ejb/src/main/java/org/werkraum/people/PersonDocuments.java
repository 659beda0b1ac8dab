package org.werkraum.people;

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

    @Override
    public Optional<SearchDocument> current(String id) {
        Person person = em.find(Person.class, Long.valueOf(id));
        if (person == null || !person.active()) {
            return Optional.empty();
        }
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
        return Optional.of(new SearchDocument(
                id,
                DocumentType.PERSON,
                person.displayName(),
                text,
                keywords,
                List.copyOf(person.expertise()),
                null,
                null,
                policy.readersOfPerson(),
                null));
    }

    @Override
    public Stream<String> allIds() {
        return em.createQuery("select p.id from Person p where p.active = true", Long.class)
                .getResultStream()
                .map(String::valueOf);
    }
}
