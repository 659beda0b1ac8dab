package org.werkraum.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.werkraum.shared.DomainException;
import org.werkraum.shared.NotFoundException;

/**
 * Translated messages on the page, next to an input or at the top; texts come from the same bundle as {@code #{msg}},
 * in the language of {@link LanguageSwitch}. {@link DomainExceptionHandler} shows the domain's refusals with it.
 */
@Named
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
     * A confirmation from outside Faces (a plain form's servlet) for the page shown next, kept in the session until
     * then: its key and arguments, translated when shown.
     */
    public static void notice(HttpServletRequest request, String key, Object... arguments) {
        HttpSession session = request.getSession();
        @SuppressWarnings("unchecked")
        List<Notice> waiting = (List<Notice>) session.getAttribute(NOTICES);
        List<Notice> notices = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
        notices.add(new Notice(
                key, java.util.Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new)));
        session.setAttribute(NOTICES, notices);
    }

    /** Shows the notices waiting in the session, once (every page's layout asks before it renders). */
    public void showNotices() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpSession session = (HttpSession) external.getSession(false);
        if (session == null || session.getAttribute(NOTICES) == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Notice> notices = (List<Notice>) session.getAttribute(NOTICES);
        session.removeAttribute(NOTICES);
        notices.forEach(notice -> info(notice.key(), (Object[]) notice.arguments()));
    }

    private static final String NOTICES = PageMessages.class.getName() + ".notices";

    private record Notice(String key, String[] arguments) implements Serializable {}

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
