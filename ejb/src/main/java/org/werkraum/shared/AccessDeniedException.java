package org.werkraum.shared;

/** The caller may see the thing but not do this with it. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
