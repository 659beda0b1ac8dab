package org.werkraum.web.shared;

import jakarta.faces.context.FacesContext;

/**
 * A number of the request's parameters as the address or the form gave it. Pages without view state need it on a post
 * back: their view is built and its buttons decoded before the view parameters are applied.
 */
public final class RequestNumbers {

    private RequestNumbers() {}

    /** The parameter as a number, or null when it is missing or not a whole number. */
    public static Long of(String name) {
        String value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
