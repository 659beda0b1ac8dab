package org.werkraum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.werkraum.markdown.Markdown;
import org.werkraum.search.DocumentType;
import org.werkraum.search.SearchDocument;
import org.werkraum.searching.DocumentSource;

/**
 * A published post in search, for those who may read it; its author and blog are shown with the hit. Drafts and
 * deleted posts are not in search.
 */
@ApplicationScoped
public class PostDocuments implements DocumentSource {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    PostAccess access;

    @Override
    public DocumentType type() {
        return DocumentType.POST;
    }

    /** One query for all ids; posts that are unpublished or gone are missing, so they leave the index. */
    @Override
    public Map<String, SearchDocument> current(Collection<String> ids) {
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        em.createQuery(
                        "select distinct p from BlogPost p join fetch p.author"
                                + " where p.id in :ids"
                                + " and p.status = :published",
                        BlogPost.class)
                .setParameter("ids", ids.stream().map(Long::valueOf).toList())
                .setParameter("published", PostStatus.PUBLISHED)
                .getResultList()
                .forEach(post -> documents.put(String.valueOf(post.id()), document(post)));
        return documents;
    }

    private SearchDocument document(BlogPost post) {
        return new SearchDocument(
                String.valueOf(post.id()),
                DocumentType.POST,
                post.title(),
                Markdown.toText(post.markdown()),
                PostAccess.keywords(post, post.author()),
                List.copyOf(post.tags()),
                String.valueOf(post.author().id()),
                PostAccess.communityId(post),
                access.readers(post),
                post.editedAt() != null ? post.editedAt() : post.publishedAt());
    }

    @Override
    public Stream<String> allIds() {
        return em.createQuery("select p.id from BlogPost p where p.status = :published", Long.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .getResultStream()
                .map(String::valueOf);
    }
}
