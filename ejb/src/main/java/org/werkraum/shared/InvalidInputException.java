package org.werkraum.shared;

/** Input that breaks a rule the form could not check by itself; {@link #field()} says where, if one field is to blame. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
