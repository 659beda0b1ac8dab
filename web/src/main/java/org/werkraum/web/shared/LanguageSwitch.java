package org.werkraum.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Servlets;

/**
 * The language of the pages for this session: at first the browser's preferred one of German and English, then
 * whatever the person picks.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = preferred(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocales());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Changes the language of this session to one of the supported ones; any other keeps the current one. */
    public void choose(String language) {
        SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .ifPresent(chosen -> locale = chosen);
    }

    /** The address of the page being shown, as the browser asked for it (before the forward to its view). */
    public String getPageAddress() {
        return Servlets.getRequestURIWithQueryString((HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    static Locale preferred(Iterator<Locale> requested) {
        while (requested != null && requested.hasNext()) {
            String language = requested.next().getLanguage();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** A moment in the page's language, to the minute, in the server's time zone; empty for none. */
    public String moment(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(getLocale())
                        .withZone(ZoneId.systemDefault())
                        .format(instant);
    }
}
