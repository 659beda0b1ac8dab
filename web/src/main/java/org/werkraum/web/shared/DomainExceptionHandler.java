package org.werkraum.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.werkraum.shared.DomainException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NotFoundException;

/**
 * The one place where a page turns a refused request into what the person sees, so that page beans just call their
 * service:
 *
 * <ul>
 *   <li>"not found" while a page loads answers 404 with the not-found page (an unknown id and a thing the caller may
 *       not see look the same on purpose);
 *   <li>any other {@link DomainException}, and input the service's Bean Validation refused, becomes a translated
 *       message next to the input it blames, else at the top, and the page is shown again with what was typed.
 * </ul>
 *
 * An input is blamed for a field when its id is the service's field name, or when it carries {@code <f:attribute
 * name="field" value="…"/>} with it. Everything else goes on to the next handler (the error pages).
 */
public class DomainExceptionHandler extends ExceptionHandlerWrapper {

    /** The attribute that ties an input to a field of the service whose id differs from the field's name. */
    static final String FIELD_ATTRIBUTE = "field";

    DomainExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable refusal = refusal(events.next().getContext().getException());
            if (refusal != null && !context.getResponseComplete()) {
                events.remove();
                show(context, refusal);
            }
        }
        getWrapped().handle();
    }

    private static void show(FacesContext context, Throwable refusal) {
        PageMessages messages = CDI.current().select(PageMessages.class).get();
        if (refusal instanceof NotFoundException notFound && !context.isPostback()) {
            messages.notFound(notFound);
            return;
        }
        if (refusal instanceof ConstraintViolationException violations) {
            Set<String> clientIds = new LinkedHashSet<>();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                clientIds.add(String.valueOf(clientIdOf(context, lastName(violation.getPropertyPath()))));
            }
            clientIds.forEach(id -> messages.fieldError("null".equals(id) ? null : id, "error.invalid"));
        } else {
            DomainException domain = (DomainException) refusal;
            String field = domain instanceof InvalidInputException invalid ? invalid.field() : null;
            messages.error(domain, clientIdOf(context, field));
        }
        context.validationFailed();
        context.renderResponse();
    }

    /** The domain's refusal inside whatever Faces, EL or the container wrapped it in; null for anything else. */
    static Throwable refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException || cause instanceof ConstraintViolationException) {
                return cause;
            }
        }
        return null;
    }

    private static String lastName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    /** The client id of the input that shows a field's message, or null when the page has none. */
    private static String clientIdOf(FacesContext context, String field) {
        if (field == null || context.getViewRoot() == null) {
            return null;
        }
        String[] found = {null};
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIInput && blames(component, field)) {
                found[0] = component.getClientId(visit.getFacesContext());
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static boolean blames(UIComponent input, String field) {
        return field.equals(input.getAttributes().get(FIELD_ATTRIBUTE)) || field.equals(input.getId());
    }

    /** Registered in {@code faces-config.xml} after OmniFaces' handler, so that it sees every exception first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new DomainExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
