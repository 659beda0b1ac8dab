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
 * A comment in search, titled by the post it discusses and readable by that post's readers; removed comments and
 * those of posts no longer published are not in search.
 */
@ApplicationScoped
public class CommentDocuments implements DocumentSource {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    PostAccess access;

    @Override
    public DocumentType type() {
        return DocumentType.COMMENT;
    }

    @Override
    public Map<String, SearchDocument> current(Collection<String> ids) {
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        em.createQuery(
                        "select c from PostComment c join fetch c.author join fetch c.post"
                                + " where c.id in :ids and c.removedAt is null and c.post.status = :published",
                        PostComment.class)
                .setParameter("ids", ids.stream().map(Long::valueOf).toList())
                .setParameter("published", PostStatus.PUBLISHED)
                .getResultList()
                .forEach(comment -> documents.put(String.valueOf(comment.id()), document(comment)));
        return documents;
    }

    private SearchDocument document(PostComment comment) {
        BlogPost post = comment.post();
        return new SearchDocument(
                String.valueOf(comment.id()),
                DocumentType.COMMENT,
                post.title(),
                Markdown.toText(comment.markdown()),
                PostAccess.keywords(post, comment.author()),
                List.of(),
                String.valueOf(comment.author().id()),
                PostAccess.communityId(post),
                access.readers(post),
                comment.createdAt());
    }

    @Override
    public Stream<String> allIds() {
        return em.createQuery(
                        "select c.id from PostComment c where c.removedAt is null and c.post.status = :published",
                        Long.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .getResultStream()
                .map(String::valueOf);
    }
}
