package org.werkraum.web.shared;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * RESTEasy brings its own mapper for {@code ValidationException}; this more specific one keeps Bean Validation
 * errors in the problem+json shape of every other error.
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ConstraintViolationException> {

    private final ProblemMappers problems = new ProblemMappers();

    @Override
    public Response toResponse(ConstraintViolationException e) {
        return problems.toResponse(e);
    }
}
