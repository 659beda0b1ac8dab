package org.werkraum.outbox;

import java.time.Instant;

/** An outbox row the indexer set aside after too many failures of its document, as an admin sees it. */
public record SetAsideDocument(
        long id, String documentType, String documentId, int failures, String lastError, Instant failedAt) {

    static SetAsideDocument of(OutboxEntry entry) {
        return new SetAsideDocument(
                entry.id(),
                entry.documentType().name(),
                entry.documentId(),
                entry.failures(),
                entry.lastError(),
                entry.failedAt());
    }
}
