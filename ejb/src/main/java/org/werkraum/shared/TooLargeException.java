package org.werkraum.shared;

/** Input above a size limit (an upload, a body); the API answers 413, a page shows the message at the field. */
public class TooLargeException extends InvalidInputException {

    public TooLargeException(String field, String messageKey, String message, Object... arguments) {
        super(field, messageKey, message, arguments);
    }
}
