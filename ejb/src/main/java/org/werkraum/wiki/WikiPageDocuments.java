package org.werkraum.wiki;

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
 * A wiki page's current revision in search, for those who read its wiki: a community's wiki's readers are the
 * community's, a closed wiki's the people named in it. The author of the revision and the wiki go with the hit; a
 * deleted page leaves the index.
 */
@ApplicationScoped
public class WikiPageDocuments implements DocumentSource {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Override
    public DocumentType type() {
        return DocumentType.WIKI_PAGE;
    }

    @Override
    public Map<String, SearchDocument> current(Collection<String> ids) {
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        em.createQuery(
                        // fetch joins take no alias here; a page's wiki and community come from the session
                        "select r from PageRevision r join fetch r.author join fetch r.page where r.page.id in :ids"
                                + " and r.number = r.page.revision and r.page.deletedAt is null",
                        PageRevision.class)
                .setParameter("ids", ids.stream().map(Long::valueOf).toList())
                .getResultList()
                .forEach(
                        revision -> documents.put(String.valueOf(revision.page().id()), document(revision)));
        return documents;
    }

    private SearchDocument document(PageRevision revision) {
        WikiPage page = revision.page();
        Wiki wiki = page.wiki();
        Community community = wiki.community();
        return new SearchDocument(
                String.valueOf(page.id()),
                DocumentType.WIKI_PAGE,
                revision.title(),
                Markdown.toText(revision.markdown()),
                List.of(revision.author().displayName(), wiki.name()),
                List.of(),
                String.valueOf(revision.author().id()),
                community == null ? null : String.valueOf(community.id()),
                wiki.readers(policy),
                revision.createdAt());
    }

    @Override
    public Stream<String> allIds() {
        return em.createQuery("select p.id from WikiPage p where p.deletedAt is null", Long.class)
                .getResultStream()
                .map(String::valueOf);
    }
}
