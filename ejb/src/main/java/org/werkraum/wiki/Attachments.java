package org.werkraum.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.Tika;
import org.werkraum.outbox.Outbox;
import org.werkraum.search.DocumentType;
import org.werkraum.security.Caller;
import org.werkraum.shared.NativeValues;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.TooLargeException;

/**
 * Files attached to wiki pages: uploaded by the wiki's editors, read by its readers, a second upload of a name the
 * next version of the file. The bytes stream into the database in chunks of a megabyte and out of it the same way,
 * so that a file is never whole in memory and every node serves every file; an upload over the limit is refused
 * whole (nothing of it stays). What a file is, Tika decides from its bytes, not from its name.
 */
@ApplicationScoped
@Transactional
public class Attachments {

    /** The limit unless {@code werkraum.attachments.max-bytes} says otherwise: 50 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    static final int CHUNK_BYTES = 1024 * 1024;

    private static final Tika TIKA = new Tika();

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    WikiAccess access;

    @Inject
    Outbox outbox;

    /** The largest file taken, from the system property {@code werkraum.attachments.max-bytes} (config/). */
    public static long maxBytes() {
        return Long.getLong("werkraum.attachments.max-bytes", DEFAULT_MAX_BYTES);
    }

    /** A version of a file as a download: what to call it and what it is. */
    public record Download(long versionId, String name, String contentType, long size, String sha256) {}

    /** Where a download goes: told what it is before its bytes come. */
    @FunctionalInterface
    public interface Receiver {
        OutputStream start(Download download) throws IOException;
    }

    /**
     * Attaches a file to a page, or adds a version to the file of that name (whatever the case).
     *
     * @throws TooLargeException
     *             past {@link #maxBytes()}; nothing of the upload is kept
     */
    public AttachmentView upload(Caller caller, long pageId, String fileName, InputStream content) {
        WikiPage page = access.readablePage(caller, pageId);
        access.requireEditor(caller, page.wiki());
        String name = AttachmentNames.of(fileName);
        // uploads to one page one after the other: versions numbered without a gap
        em.refresh(page, LockModeType.PESSIMISTIC_WRITE);
        List<?> existing = em.createNativeQuery("select id, version from wiki_attachment where page_id = ?1"
                        + " and lower(name) = lower(?2) and deleted_at is null")
                .setParameter(1, pageId)
                .setParameter(2, name)
                .getResultList();
        long attachmentId;
        int number;
        if (existing.isEmpty()) {
            number = 1;
            attachmentId = ((Number) em.createNativeQuery(
                                    "insert into wiki_attachment (page_id, name) values (?1, ?2) returning id")
                            .setParameter(1, pageId)
                            .setParameter(2, name)
                            .getSingleResult())
                    .longValue();
        } else {
            Object[] row = (Object[]) existing.get(0);
            attachmentId = ((Number) row[0]).longValue();
            number = ((Number) row[1]).intValue() + 1;
            em.createNativeQuery("update wiki_attachment set version = ?1, name = ?2, updated_at = now() where id = ?3")
                    .setParameter(1, number)
                    .setParameter(2, name)
                    .setParameter(3, attachmentId)
                    .executeUpdate();
        }
        long versionId = ((Number) em.createNativeQuery("insert into attachment_version"
                                + " (attachment_id, number, content_type, size, sha256, uploaded_by)"
                                + " values (?1, ?2, 'application/octet-stream', 0, '', ?3) returning id")
                        .setParameter(1, attachmentId)
                        .setParameter(2, number)
                        .setParameter(3, caller.personId())
                        .getSingleResult())
                .longValue();
        store(versionId, name, content);
        // found by its name at once, by its text once it is extracted
        outbox.changed(DocumentType.WIKI_ATTACHMENT, attachmentId);
        return view(caller, attachmentId);
    }

    /** Streams the bytes into chunks, learning on the way what they are, how many and their SHA-256. */
    private void store(long versionId, String name, InputStream content) {
        long max = maxBytes();
        try (InputStream in = new BufferedInputStream(content, CHUNK_BYTES)) {
            String contentType = TIKA.detect(in, name);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[CHUNK_BYTES];
            long size = 0;
            int seq = 0;
            for (int read = in.readNBytes(buffer, 0, CHUNK_BYTES);
                    read > 0;
                    read = in.readNBytes(buffer, 0, CHUNK_BYTES)) {
                size += read;
                if (size > max) {
                    throw tooLarge();
                }
                sha256.update(buffer, 0, read);
                em.createNativeQuery("insert into attachment_chunk (version_id, seq, bytes) values (?1, ?2, ?3)")
                        .setParameter(1, versionId)
                        .setParameter(2, seq++)
                        .setParameter(3, Arrays.copyOf(buffer, read))
                        .executeUpdate();
            }
            em.createNativeQuery(
                            "update attachment_version set content_type = ?1, size = ?2, sha256 = ?3 where id = ?4")
                    .setParameter(1, contentType)
                    .setParameter(2, size)
                    .setParameter(3, HexFormat.of().formatHex(sha256.digest()))
                    .setParameter(4, versionId)
                    .executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException("the upload broke off", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The refusal of a file over the limit, in megabytes. */
    public static TooLargeException tooLarge() {
        long megabytes = maxBytes() / (1024 * 1024);
        return new TooLargeException(
                "file",
                "error.attachment.tooLarge",
                "the file is larger than the limit of " + megabytes + " MB",
                megabytes);
    }

    /** The files of a page, by name, each with its versions. */
    public List<AttachmentView> ofPage(Caller caller, long pageId) {
        access.readablePage(caller, pageId);
        return views(pageId, null);
    }

    /** One file with its versions. */
    public AttachmentView view(Caller caller, long attachmentId) {
        long pageId = readablePageOf(caller, attachmentId);
        return views(pageId, attachmentId).get(0);
    }

    /** Takes a file off its page (an editor's decision); its versions stay in the database, out of sight. */
    public void delete(Caller caller, long attachmentId) {
        long pageId = readablePageOf(caller, attachmentId);
        access.requireEditor(caller, em.find(WikiPage.class, pageId).wiki());
        em.createNativeQuery("update wiki_attachment set deleted_at = now(), deleted_by = ?1 where id = ?2")
                .setParameter(1, caller.personId())
                .setParameter(2, attachmentId)
                .executeUpdate();
        outbox.changed(DocumentType.WIKI_ATTACHMENT, attachmentId);
    }

    /**
     * Sends a version of a file (the current one for none) to whoever may read its page, chunk by chunk.
     *
     * @throws NotFoundException
     *             for a file or version that does not exist for the caller
     */
    public void download(Caller caller, long attachmentId, Integer version, Receiver receiver) {
        readablePageOf(caller, attachmentId);
        List<?> rows = em.createNativeQuery("select v.id, a.name, v.content_type, v.size, v.sha256"
                        + " from wiki_attachment a join attachment_version v on v.attachment_id = a.id"
                        + " and v.number = coalesce(?2, a.version) where a.id = ?1")
                .setParameter(1, attachmentId)
                .setParameter(2, version)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("version", version);
        }
        Object[] row = (Object[]) rows.get(0);
        Download download = new Download(
                ((Number) row[0]).longValue(), (String) row[1], (String) row[2], ((Number) row[3]).longValue(), (String)
                        row[4]);
        try {
            OutputStream out = receiver.start(download);
            long chunks = (download.size() + CHUNK_BYTES - 1) / CHUNK_BYTES;
            for (int seq = 0; seq < chunks; seq++) {
                out.write((byte[])
                        em.createNativeQuery("select bytes from attachment_chunk where version_id = ?1 and seq = ?2")
                                .setParameter(1, download.versionId())
                                .setParameter(2, seq)
                                .getSingleResult());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the download broke off", e);
        }
    }

    /** The page of a file on it, when the caller reads the page; any other file does not exist for him. */
    private long readablePageOf(Caller caller, long attachmentId) {
        List<?> pages = em.createNativeQuery("select page_id from wiki_attachment where id = ?1 and deleted_at is null")
                .setParameter(1, attachmentId)
                .getResultList();
        if (pages.isEmpty()) {
            throw new NotFoundException("attachment", attachmentId);
        }
        long pageId = ((Number) pages.get(0)).longValue();
        try {
            access.readablePage(caller, pageId);
        } catch (NotFoundException e) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return pageId;
    }

    /** The files of a page (or one of them) with their versions, in one query; the caller checked the access. */
    List<AttachmentView> views(long pageId, Long attachmentId) {
        var query = em.createNativeQuery("select a.id, a.name, a.version, v.number, v.content_type, v.size, p.login,"
                        + " p.display_name, v.uploaded_at, v.text_state from wiki_attachment a"
                        + " join attachment_version v on v.attachment_id = a.id join person p on p.id = v.uploaded_by"
                        + " where a.page_id = ?1 and a.deleted_at is null"
                        + (attachmentId == null ? "" : " and a.id = ?2")
                        + " order by lower(a.name), a.id, v.number desc")
                .setParameter(1, pageId);
        if (attachmentId != null) {
            query.setParameter(2, attachmentId);
        }
        Map<Long, List<Object[]>> files = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            files.computeIfAbsent(((Number) c[0]).longValue(), id -> new ArrayList<>())
                    .add(c);
        }
        List<AttachmentView> views = new ArrayList<>();
        files.forEach((id, versions) -> {
            Object[] current = versions.get(0);
            views.add(new AttachmentView(
                    id,
                    pageId,
                    (String) current[1],
                    ((Number) current[2]).intValue(),
                    (String) current[4],
                    ((Number) current[5]).longValue(),
                    (String) current[6],
                    (String) current[7],
                    NativeValues.instant(current[8]),
                    (String) current[9],
                    versions.stream()
                            .map(c -> new AttachmentView.Version(
                                    ((Number) c[3]).intValue(),
                                    (String) c[4],
                                    ((Number) c[5]).longValue(),
                                    (String) c[7],
                                    NativeValues.instant(c[8]),
                                    (String) c[9]))
                            .toList()));
        });
        return views;
    }
}
