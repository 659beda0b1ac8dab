package org.werkraum.wiki;

import org.werkraum.shared.InvalidInputException;

/** The names files are kept by, whatever a browser or a client sent. */
final class AttachmentNames {

    static final int NAME_MAX = 255;

    private AttachmentNames() {}

    /** The name a file is kept by: what follows the last slash of what the browser sent, without control characters. */
    static String of(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new InvalidInputException("file", "error.attachment.nameMissing", "the file has no name");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidInputException("file", "error.attachment.nameTooLong", "the name is too long", NAME_MAX);
        }
        return name;
    }
}
