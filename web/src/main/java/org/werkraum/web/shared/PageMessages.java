package org.werkraum.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.werkraum.shared.DomainException;
import org.werkraum.shared.NotFoundException;

/**
 * Translated messages on the page, next to an input or at the top; texts come from the same bundle as {@code #{msg}},
 * in the language of {@link LanguageSwitch}. {@link DomainExceptionHandler} shows the domain's refusals with it.
 */
@RequestScoped
public class PageMessages {

    static final String BUNDLE = "org.werkraum.web.i18n.Messages";
    private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

    @Inject
    LanguageSwitch language;

    /** Shows a refused request as a message next to the input with the given client id, or at the top for null. */
    public void error(DomainException e, String clientId) {
        add(clientId, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
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
