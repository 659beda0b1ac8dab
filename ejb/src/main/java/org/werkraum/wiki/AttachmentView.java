package org.werkraum.wiki;

import java.time.Instant;
import java.util.List;

/**
 * A file attached to a wiki page, as its current version is, with all its versions (newest first).
 *
 * @param textState
 *            whether its text was extracted for search: {@code PENDING}, {@code EXTRACTED} or {@code NOT_EXTRACTED}
 */
public record AttachmentView(
        long id,
        long pageId,
        String name,
        int version,
        String contentType,
        long size,
        String uploaderLogin,
        String uploaderName,
        Instant uploadedAt,
        String textState,
        List<Version> versions) {

    /** One upload of the file. */
    public record Version(
            int number, String contentType, long size, String uploaderName, Instant uploadedAt, String textState) {}
}
