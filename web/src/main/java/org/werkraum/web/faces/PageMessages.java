package org.werkraum.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;
import org.werkraum.shared.DomainException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NotFoundException;

/**
 * Turns the domain's exceptions into translated messages on the page: next to the field that {@link
 * InvalidInputException#field()} blames when the page has it, else at the top. Texts come from the same bundle as
 * {@code #{msg}}, in the language of {@link LanguageSwitch}.
 */
@RequestScoped
public class PageMessages {

    static final String BUNDLE = "org.werkraum.web.i18n.Messages";
    private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

    @Inject
    LanguageSwitch language;

    /**
     * Shows a refused request as a message.
     *
     * @param fields
     *            the domain's field names mapped to the client ids of the page's inputs
     */
    public void error(DomainException e, Map<String, String> fields) {
        String clientId = null;
        if (e instanceof InvalidInputException invalid && invalid.field() != null) {
            clientId = fields.get(invalid.field());
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
    }

    /**
     * Shows input the form let through but the service's Bean Validation refused, next to the inputs named by the
     * violations' last path elements.
     */
    public void invalid(ConstraintViolationException e, Map<String, String> fields) {
        Set<String> shown = new HashSet<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            String clientId = field == null ? null : fields.get(field);
            if (shown.add(String.valueOf(clientId))) {
                add(clientId, FacesMessage.SEVERITY_ERROR, "error.invalid");
            }
        }
        if (shown.isEmpty()) {
            add(null, FacesMessage.SEVERITY_ERROR, "error.invalid");
        }
    }

    public void error(DomainException e) {
        error(e, Map.of());
    }

    /** An error at the top of the page. */
    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error next to one input. */
    public void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A confirmation on the page shown next. */
    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** A confirmation that survives the redirect that follows a successful action. */
    public void flashInfo(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /**
     * Answers the request with 404 and the not-found page: an unknown id and a thing the caller may not see look the
     * same on purpose.
     */
    public void notFound(NotFoundException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        LOG.fine(() -> "answering 404: " + e);
        try {
            external.responseSendError(404, text(e.messageKey(), e.arguments()));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        context.responseComplete();
    }

    /** The translated text of a key, its placeholders filled; the key itself if the bundle lacks it. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language.getLocale()).getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "no text for " + key);
            return key;
        }
        return arguments == null || arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, language.getLocale()).format(arguments);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
