package org.werkraum.shared;

/**
 * The thing does not exist, or the caller may not know that it exists (a restricted community for a non-member): both
 * look the same from outside, on purpose.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what + " " + id + " not found", what, id);
    }
}
