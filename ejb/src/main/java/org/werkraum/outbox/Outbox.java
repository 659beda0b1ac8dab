package org.werkraum.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.werkraum.search.DocumentType;

/** Announces changes to search, inside the caller's transaction. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    /** Records that a document changed or disappeared; must run in the transaction of the change itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(DocumentType type, Object id) {
        em.persist(new OutboxEntry(type, String.valueOf(id)));
    }
}
