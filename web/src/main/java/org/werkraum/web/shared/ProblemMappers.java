package org.werkraum.web.shared;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.people.ImportRejectedException;
import org.werkraum.searching.SearchUnavailableException;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.DomainException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.TooLargeException;

/** Turns every exception into a problem+json response; unknown ones are logged and answered without details. */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof DomainException domain) {
            return domain(domain);
        }
        if (e instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(ProblemMappers::fieldError)
                    .toList();
            return Problem.response(
                    Response.Status.BAD_REQUEST, "The request has invalid fields.", "error.invalid", errors);
        }
        if (e instanceof jakarta.ws.rs.ProcessingException
                || e instanceof jakarta.json.JsonException
                || e instanceof jakarta.json.bind.JsonbException) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return Problem.response(
                    Response.Status.BAD_REQUEST,
                    "The request body is not valid JSON for this" + " resource: " + cause.getMessage(),
                    "error.badJson",
                    List.of());
        }
        if (e instanceof WebApplicationException web) {
            Response original = web.getResponse();
            return Problem.response(
                    original.getStatus(),
                    original.getStatusInfo().getReasonPhrase(),
                    web.getMessage(),
                    null,
                    List.of());
        }
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
        return Problem.response(
                Response.Status.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; it has been" + " logged.",
                "error.unexpected",
                List.of());
    }

    private static Response domain(DomainException e) {
        if (e instanceof SearchUnavailableException) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage(), e.messageKey(), List.of());
        }
        if (e instanceof NotFoundException) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage(), e.messageKey(), List.of());
        }
        if (e instanceof AccessDeniedException) {
            return Problem.response(Response.Status.FORBIDDEN, e.getMessage(), e.messageKey(), List.of());
        }
        if (e instanceof ConflictException) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage(), e.messageKey(), List.of());
        }
        if (e instanceof ImportRejectedException rejected) {
            List<Problem.FieldError> errors = rejected.problems().stream()
                    .map(p -> new Problem.FieldError(p.column(), p.line(), p.message()))
                    .toList();
            return Problem.response(422, "Unprocessable Content", e.getMessage(), e.messageKey(), errors);
        }
        if (e instanceof TooLargeException too) {
            return Problem.response(413, "Content Too Large", e.getMessage(), e.messageKey(), fieldErrors(too));
        }
        if (e instanceof InvalidInputException invalid) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), e.messageKey(), fieldErrors(invalid));
        }
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage(), e.messageKey(), List.of());
    }

    private static List<Problem.FieldError> fieldErrors(InvalidInputException e) {
        return e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), null, e.getMessage()));
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return new Problem.FieldError(field, null, violation.getMessage());
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException
                        || current instanceof jakarta.transaction.RollbackException
                        || current.getClass().getName().equals("jakarta.transaction.TransactionalException"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
