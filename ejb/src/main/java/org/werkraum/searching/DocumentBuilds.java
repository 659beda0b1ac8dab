package org.werkraum.searching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import org.werkraum.search.SearchDocument;

/**
 * Builds documents in a transaction of their own, so that a document whose query fails cannot mark the drain's
 * transaction for rollback and with it undo what the drain recorded about every other row.
 */
@ApplicationScoped
public class DocumentBuilds {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, SearchDocument> build(DocumentSource source, Collection<String> ids) {
        return source.current(ids);
    }
}
