package org.werkraum.search;

import java.util.Objects;

/**
 * A document the engine refused while accepting the others of the same request.
 *
 * @param status
 *            the HTTP status the engine gave the item: 4xx when the document itself is at fault (too long an id, a
 *            field that does not fit the mapping), 429 or 5xx when the engine was overloaded or missing a shard
 */
public record Rejection(DocumentRef ref, int status, String reason) {

    /** A reason is cut to this many characters. */
    public static final int MAX_REASON = 1000;

    public Rejection {
        Objects.requireNonNull(ref, "ref");
        reason = reason == null ? "" : reason;
        // the engine quotes the refused value; it may be confidential text that the reader of the reason may not see
        int preview = reason.indexOf("Preview of field's value");
        if (preview >= 0) {
            reason = reason.substring(0, preview).strip();
        }
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON - 1) + "…";
        }
    }

    /** Whether trying the same document again can never succeed; otherwise it may once the engine recovers. */
    public boolean isDocumentsFault() {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }
}
