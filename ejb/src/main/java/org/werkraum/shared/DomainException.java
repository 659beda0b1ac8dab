package org.werkraum.shared;

import java.util.Arrays;

/**
 * A request the domain refuses. The message key names a text in the web module's bundles; the arguments fill its
 * placeholders. {@link #getMessage()} is the English fallback for logs and API clients.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected DomainException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + " " + Arrays.toString(arguments) + "]: " + getMessage();
    }
}
