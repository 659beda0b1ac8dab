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

    /** How often the document itself failed (could not be built, or was refused); outages do not count. */
    private int failures;

    /** When the row was set aside after too many failures; null while it is still tried. */
    @Column(name = "failed_at")
    private Instant failedAt;

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

    public String lastError() {
        return lastError;
    }

    public int failures() {
        return failures;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Elasticsearch could not be reached: try again later; this says nothing about the document. */
    void postpone(String error, Duration retryAfter) {
        attempts++;
        lastError = truncated(error);
        nextAttemptAt = Instant.now().plus(retryAfter);
    }

    /** The document could not be built or was refused; after {@code maxFailures} the row is set aside. */
    void failed(String error, Duration retryAfter, int maxFailures) {
        postpone(error, retryAfter);
        failures++;
        if (failures >= maxFailures) {
            failedAt = Instant.now();
        }
    }

    /** An admin asks for another round of attempts. */
    void retry() {
        attempts = 0;
        failures = 0;
        failedAt = null;
        nextAttemptAt = Instant.now();
    }

    private static String truncated(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), 2000));
    }
}
