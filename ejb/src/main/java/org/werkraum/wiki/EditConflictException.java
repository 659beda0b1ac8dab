package org.werkraum.wiki;

import org.werkraum.shared.ConflictException;

/**
 * A save that met edits of the same lines saved meanwhile: nothing was saved, and the writer gets back his text, the
 * page as it is now and the merge with the conflicting blocks marked, so that he loses nothing and resolves them.
 *
 * @see TextMerge
 */
public class EditConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final String yourTitle;
    private final String yourText;
    private final int currentRevision;
    private final String currentTitle;
    private final String currentText;
    private final String merged;

    EditConflictException(
            String yourTitle,
            String yourText,
            int currentRevision,
            String currentTitle,
            String currentText,
            String merged) {
        super(
                "error.page.editConflict",
                "the page was saved meanwhile with changes to the same lines; nothing was saved",
                currentRevision);
        this.yourTitle = yourTitle;
        this.yourText = yourText;
        this.currentRevision = currentRevision;
        this.currentTitle = currentTitle;
        this.currentText = currentText;
        this.merged = merged;
    }

    public String yourTitle() {
        return yourTitle;
    }

    /** The text as the writer sent it, whole. */
    public String yourText() {
        return yourText;
    }

    /** The revision to name when saving the resolved text. */
    public int currentRevision() {
        return currentRevision;
    }

    public String currentTitle() {
        return currentTitle;
    }

    public String currentText() {
        return currentText;
    }

    /** Both texts merged, the conflicting blocks between git's markers ({@link TextMerge.Result#text()}). */
    public String merged() {
        return merged;
    }
}
