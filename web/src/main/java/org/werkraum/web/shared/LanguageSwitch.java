package org.werkraum.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

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

    /** Changes the language and shows the same page again, with the same parameters. */
    /** The address the browser asked for: before a forward to a view, if there was one. */
    static String shownAt(HttpServletRequest request) {
        boolean forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String;
        String uri = forwarded
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI)
                : request.getRequestURI();
        Object query =
                forwarded ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        return query == null ? uri : uri + "?" + query;
    }

    public void switchTo(String language) throws IOException {
        locale = SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(getLocale());
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        // back to the page's own address with its query string: the header form posts there (o:form), and
        // CleanUrlFilter forwarded the post to the view, so the address is the one before the forward
        external.redirect(shownAt((HttpServletRequest) external.getRequest()));
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
