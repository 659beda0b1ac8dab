package org.werkraum.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Points in time as the pages show them: date and time in the page's language, in the server's time zone. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    /** A point in time as the date pickers show it: in the server's time zone, like every time of the pages. */
    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }

    /** What a date picker holds, as a point in time: read in the server's time zone. */
    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** "6 Dec 2026, 18:40" or "06.12.2026, 18:40"; nothing for nothing. */
    public String of(Instant instant) {
        if (instant == null) {
            return "";
        }
        return FORMAT.withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }
}
