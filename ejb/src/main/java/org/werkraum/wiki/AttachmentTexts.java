package org.werkraum.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.outbox.Outbox;
import org.werkraum.search.DocumentType;
import org.werkraum.search.text.TextExtraction;

/**
 * Extracts the text of uploaded files, one version at a time, in the background: the version's bytes go to a file of
 * their own for Tika (never into memory), its text into the version, and the file back into the search index. A file
 * Tika cannot read, or not within the limits, is marked {@code NOT_EXTRACTED}; it stays attached and downloadable.
 * Versions are taken with {@code SKIP LOCKED}, so that every node works on others.
 */
@ApplicationScoped
public class AttachmentTexts {

    private static final Logger LOG = Logger.getLogger(AttachmentTexts.class.getName());

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Limits from {@code werkraum.attachments.text-chars} and {@code werkraum.attachments.text-seconds}. */
    static TextExtraction.Limits limits() {
        return new TextExtraction.Limits(
                Integer.getInteger("werkraum.attachments.text-chars", 1_000_000),
                Duration.ofSeconds(Long.getLong("werkraum.attachments.text-seconds", 60)));
    }

    /** Extracts the text of the oldest version waiting for it; false when none waits. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean extractNext() {
        List<?> waiting = em.createNativeQuery("select v.id, a.id as attachment_id, a.name, v.size,"
                        + " v.number = a.version from attachment_version v"
                        + " join wiki_attachment a on a.id = v.attachment_id"
                        + " where v.text_state = 'PENDING' order by v.id limit 1 for update of v skip locked")
                .getResultList();
        if (waiting.isEmpty()) {
            return false;
        }
        Object[] version = (Object[]) waiting.get(0);
        long versionId = ((Number) version[0]).longValue();
        long attachmentId = ((Number) version[1]).longValue();
        String name = (String) version[2];
        long size = ((Number) version[3]).longValue();
        TextExtraction.Text text = extract(versionId, name, size);
        if (!text.extracted()) {
            LOG.log(Level.INFO, "No text from file {0} (version {1}): {2}", new Object[] {
                attachmentId, versionId, text.problem()
            });
        }
        em.createNativeQuery("update attachment_version set text_state = ?1, text = ?2 where id = ?3")
                .setParameter(1, text.extracted() ? "EXTRACTED" : "NOT_EXTRACTED")
                // PostgreSQL keeps no NUL in text
                .setParameter(2, text.extracted() ? text.text().replace("\u0000", "") : null)
                .setParameter(3, versionId)
                .executeUpdate();
        if (Boolean.TRUE.equals(version[4])) {
            outbox.changed(DocumentType.WIKI_ATTACHMENT, attachmentId);
        }
        return true;
    }

    private TextExtraction.Text extract(long versionId, String name, long size) {
        Path file = null;
        try {
            file = Files.createTempFile("werkraum-attachment-", ".bin");
            try (OutputStream out = Files.newOutputStream(file)) {
                long chunks = (size + Attachments.CHUNK_BYTES - 1) / Attachments.CHUNK_BYTES;
                for (int seq = 0; seq < chunks; seq++) {
                    out.write((byte[]) em.createNativeQuery(
                                    "select bytes from attachment_chunk where version_id = ?1 and seq = ?2")
                            .setParameter(1, versionId)
                            .setParameter(2, seq)
                            .getSingleResult());
                }
            }
            return TextExtraction.of(file, name, limits());
        } catch (IOException e) {
            throw new UncheckedIOException("the file could not be written for Tika", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "A temporary file stays: " + file, e);
                }
            }
        }
    }
}
