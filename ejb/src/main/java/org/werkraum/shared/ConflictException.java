package org.werkraum.shared;

/** The request contradicts the current state (already a member, the last owner leaving, a name taken). */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
