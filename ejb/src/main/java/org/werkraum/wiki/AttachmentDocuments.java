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
import org.werkraum.search.DocumentType;
import org.werkraum.search.SearchDocument;
import org.werkraum.searching.DocumentSource;
import org.werkraum.security.AccessPolicy;
import org.werkraum.shared.NativeValues;

/**
 * A file attached to a wiki page in search: its name and the text Tika extracted from its current version (only its
 * name while the text is pending or could not be extracted), for those who read its page's wiki, with its uploader,
 * its page and its wiki beside the hit. A file taken off its page, or on a page in the trash, leaves the index.
 */
@ApplicationScoped
public class AttachmentDocuments implements DocumentSource {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Override
    public DocumentType type() {
        return DocumentType.WIKI_ATTACHMENT;
    }

    @Override
    public Map<String, SearchDocument> current(Collection<String> ids) {
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("select a.id, a.name, v.text, v.uploaded_by, p.display_name, g.title,"
                        + " g.wiki_id, v.uploaded_at from wiki_attachment a"
                        + " join attachment_version v on v.attachment_id = a.id and v.number = a.version"
                        + " join wiki_page g on g.id = a.page_id join person p on p.id = v.uploaded_by"
                        + " where a.id in (?1) and a.deleted_at is null and g.deleted_at is null")
                .setParameter(1, ids.stream().map(Long::valueOf).toList())
                .getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            Wiki wiki = em.find(Wiki.class, ((Number) c[6]).longValue());
            Community community = wiki.community();
            String id = String.valueOf(((Number) c[0]).longValue());
            documents.put(
                    id,
                    new SearchDocument(
                            id,
                            DocumentType.WIKI_ATTACHMENT,
                            (String) c[1],
                            (String) c[2],
                            List.of((String) c[4], (String) c[5], wiki.name()),
                            List.of(),
                            String.valueOf(((Number) c[3]).longValue()),
                            community == null ? null : String.valueOf(community.id()),
                            wiki.readers(policy),
                            NativeValues.instant(c[7])));
        }
        return documents;
    }

    @Override
    public Stream<String> allIds() {
        return em.createNativeQuery("select a.id from wiki_attachment a join wiki_page g on g.id = a.page_id"
                        + " where a.deleted_at is null and g.deleted_at is null")
                .getResultStream()
                .map(id -> String.valueOf(((Number) id).longValue()));
    }
}
