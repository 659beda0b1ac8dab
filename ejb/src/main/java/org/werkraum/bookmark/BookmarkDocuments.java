package org.werkraum.bookmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.werkraum.community.CommunityType;
import org.werkraum.search.DocumentType;
import org.werkraum.search.SearchDocument;
import org.werkraum.searching.DocumentSource;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.ContentItem;
import org.werkraum.shared.NativeValues;

/**
 * A bookmark in search, found by its title, description, tags and address, for everyone (one kept into a community:
 * for the community's readers); its keeper, community and address go with the hit. A private bookmark is not in
 * search at all (made private, it leaves it).
 */
@ApplicationScoped
public class BookmarkDocuments implements DocumentSource {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Override
    public DocumentType type() {
        return DocumentType.BOOKMARK;
    }

    @Override
    public Map<String, SearchDocument> current(Collection<String> ids) {
        Map<String, SearchDocument> documents = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return documents;
        }
        List<?> rows = em.createNativeQuery("select b.id, b.title, b.description, p.address, o.display_name,"
                        + " b.person_id, b.updated_at, (select string_agg(t.tag, ' ' order by t.tag)"
                        + " from bookmark_tag t where t.bookmark_id = b.id), c.id, c.type, c.name"
                        + " from bookmark b join bookmarked_page p on p.id = b.page_id"
                        + " join person o on o.id = b.person_id left join community c on c.id = b.community_id"
                        + " where b.id = any(?1) and not b.personal")
                .setParameter(1, ids.stream().map(Long::valueOf).toArray(Long[]::new))
                .getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            String id = String.valueOf(((Number) c[0]).longValue());
            long owner = ((Number) c[5]).longValue();
            String address = (String) c[3];
            Long community = c[8] == null ? null : ((Number) c[8]).longValue();
            ContentItem item = community == null
                    ? ContentItem.publicItem(owner)
                    : ContentItem.inCommunity(owner, community, CommunityType.valueOf((String) c[9]));
            documents.put(
                    id,
                    new SearchDocument(
                            id,
                            DocumentType.BOOKMARK,
                            (String) c[1],
                            // the address's words (host, path) found like the description's
                            c[2] + "\n" + address.replaceAll("[/:.?=&_-]+", " "),
                            community == null
                                    ? List.of((String) c[4], address)
                                    : List.of((String) c[4], (String) c[10], address),
                            c[7] == null ? List.of() : Arrays.asList(((String) c[7]).split(" ")),
                            String.valueOf(owner),
                            community == null ? null : String.valueOf(community),
                            policy.readersOf(item),
                            NativeValues.instant(c[6])));
        }
        return documents;
    }

    @Override
    public Stream<String> allIds() {
        return em.createNativeQuery("select id from bookmark where not personal order by id")
                .getResultStream()
                .map(id -> String.valueOf(((Number) id).longValue()));
    }
}
