package org.werkraum.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.werkraum.search.DocumentType;

/**
 * "Document X changed": the indexer reads the current state when it drains the row, so a row carries no content and
 * many rows for one document collapse into one write.
 */
@Entity
@Table(name = "search_outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type")
    private DocumentType documentType;

    @Column(name = "document_id")
    private String documentId;

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt = Instant.now();

    @Column(name = "last_error")
    private String lastError;

    protected OutboxEntry() {}

    OutboxEntry(DocumentType documentType, String documentId) {
        this.documentType = documentType;
        this.documentId = documentId;
    }

    public Long id() {
        return id;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public String documentId() {
        return documentId;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    void failed(String error, Duration retryAfter) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        nextAttemptAt = Instant.now().plus(retryAfter);
    }
}
