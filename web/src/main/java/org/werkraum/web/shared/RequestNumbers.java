package org.werkraum.web.shared;

import jakarta.faces.context.FacesContext;
import org.werkraum.shared.NotFoundException;

/**
 * A number of the request's parameters as the address or the form gave it. Pages without view state need it on a post
 * back: their view is built and its buttons decoded before the view parameters are applied.
 */
public final class RequestNumbers {

    private RequestNumbers() {}

    /**
     * The id a page without view state shows: as its view parameter set it, or, on a post back (before the view
     * parameters are applied), as the address still has it.
     *
     * @throws NotFoundException
     *             for neither, as for an id that names nothing
     */
    public static long id(Long viewParameter, String entity) {
        Long id = viewParameter != null ? viewParameter : of("id");
        if (id == null) {
            throw new NotFoundException(entity, "none");
        }
        return id;
    }

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
