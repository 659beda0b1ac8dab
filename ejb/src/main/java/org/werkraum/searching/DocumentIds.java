package org.werkraum.searching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Every id of a source, read in one transaction (a stream of query results needs one open). */
@ApplicationScoped
public class DocumentIds {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> of(DocumentSource source) {
        return source.allIds().toList();
    }
}
