package org.werkraum.searching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.werkraum.search.DocumentType;
import org.werkraum.search.SearchIndex;
import org.werkraum.search.SearchQuery;
import org.werkraum.search.SearchResult;
import org.werkraum.security.Caller;
import org.werkraum.shared.PageRequest;

/**
 * Searches with the caller's principals as they are right now, so a membership change counts at once without any
 * reindexing.
 */
@ApplicationScoped
public class SearchService {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    SearchIndex index;

    @Inject
    ReaderPrincipals readers;

    /**
     * @param types
     *            what to find; empty for everything
     * @throws SearchUnavailableException
     *             when Elasticsearch cannot be reached
     */
    public SearchResults search(Caller caller, String text, Set<ResultType> types, PageRequest page) {
        Set<String> principals = readers.of(caller);
        Set<DocumentType> documentTypes = EnumSet.noneOf(DocumentType.class);
        types.forEach(type -> documentTypes.add(type.documentType()));
        SearchResult result;
        try {
            result = index.search(new SearchQuery(text, principals, documentTypes, page.offset(), page.size()));
        } catch (org.werkraum.search.SearchUnavailableException e) {
            throw new SearchUnavailableException(e);
        }
        Map<ResultType, Long> counts = new EnumMap<>(ResultType.class);
        if (result.countsByType() != null) {
            result.countsByType().forEach((type, count) -> counts.put(ResultType.of(type), count));
        }
        Map<String, String> logins = logins(result.hits().stream()
                .filter(hit -> hit.ref().type() == DocumentType.PERSON)
                .map(hit -> Long.valueOf(hit.ref().id()))
                .toList());
        Map<String, String> commentedPosts = commentedPosts(result.hits().stream()
                .filter(hit -> hit.ref().type() == DocumentType.COMMENT)
                .map(hit -> Long.valueOf(hit.ref().id()))
                .toList());
        Map<String, String> attachedTo = attachedTo(result.hits().stream()
                .filter(hit -> hit.ref().type() == DocumentType.WIKI_ATTACHMENT)
                .map(hit -> Long.valueOf(hit.ref().id()))
                .toList());
        Map<String, String> addresses = bookmarkedAddresses(result.hits().stream()
                .filter(hit -> hit.ref().type() == DocumentType.BOOKMARK)
                .map(hit -> Long.valueOf(hit.ref().id()))
                .toList());
        List<Hit> hits = result.hits().stream()
                .map(hit -> new Hit(
                        ResultType.of(hit.ref().type()),
                        hit.ref().id(),
                        switch (hit.ref().type()) {
                            case PERSON ->
                                logins.getOrDefault(hit.ref().id(), hit.ref().id());
                            case COMMENT ->
                                commentedPosts.getOrDefault(hit.ref().id(), "") + "#comment-"
                                        + hit.ref().id();
                            case WIKI_ATTACHMENT ->
                                attachedTo.getOrDefault(hit.ref().id(), "") + "#attachment-"
                                        + hit.ref().id();
                            case BOOKMARK -> addresses.getOrDefault(hit.ref().id(), "");
                            default -> hit.ref().id();
                        },
                        hit.title(),
                        hit.keywords(),
                        hit.highlights(),
                        hit.score()))
                .toList();
        return new SearchResults(result.total(), hits, counts);
    }

    /** The logins of the people found, by id: profiles are addressed by login. */
    private Map<String, String> logins(List<Long> personIds) {
        Map<String, String> logins = new HashMap<>();
        if (!personIds.isEmpty()) {
            em.createQuery("select p.id, p.login from Person p where p.id in :ids", Object[].class)
                    .setParameter("ids", personIds)
                    .getResultList()
                    .forEach(row -> logins.put(String.valueOf(row[0]), (String) row[1]));
        }
        return logins;
    }

    /** The pages of the files found, by file id: a file is shown on its page. */
    private Map<String, String> attachedTo(List<Long> attachmentIds) {
        Map<String, String> pages = new HashMap<>();
        if (!attachmentIds.isEmpty()) {
            List<?> rows = em.createNativeQuery("select id, page_id from wiki_attachment where id in (?1)")
                    .setParameter(1, attachmentIds)
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                pages.put(String.valueOf(columns[0]), String.valueOf(columns[1]));
            }
        }
        return pages;
    }

    /** The addresses of the bookmarks found, by bookmark id: a bookmark leads to the page it keeps. */
    private Map<String, String> bookmarkedAddresses(List<Long> bookmarkIds) {
        Map<String, String> addresses = new HashMap<>();
        if (!bookmarkIds.isEmpty()) {
            List<?> rows = em.createNativeQuery("select b.id, p.address from bookmark b"
                            + " join bookmarked_page p on p.id = b.page_id where b.id in (?1)")
                    .setParameter(1, bookmarkIds)
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                addresses.put(String.valueOf(columns[0]), (String) columns[1]);
            }
        }
        return addresses;
    }

    /** The posts of the comments found, by comment id: a comment is shown in its post. */
    private Map<String, String> commentedPosts(List<Long> commentIds) {
        Map<String, String> posts = new HashMap<>();
        if (!commentIds.isEmpty()) {
            em.createQuery("select c.id, c.post.id from PostComment c where c.id in :ids", Object[].class)
                    .setParameter("ids", commentIds)
                    .getResultList()
                    .forEach(row -> posts.put(String.valueOf(row[0]), String.valueOf(row[1])));
        }
        return posts;
    }

    /** Whether Elasticsearch answers: readiness reports it, and the search page says so before anyone searches. */
    public boolean isAvailable() {
        return index.isAvailable();
    }
}
