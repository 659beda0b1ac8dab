package org.werkraum.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;

/** Sizes of files as people read them: "820 B", "340 KB", "12.5 MB" (12,5 MB in German) (in the page's language's digits). */
@Named("fileSizes")
@ApplicationScoped
public class FileSizes {

    public String of(long bytes) {
        return of(bytes, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    static String of(long bytes, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return number.format(bytes) + " B";
        }
        if (bytes < 1024 * 1024) {
            return number.format(bytes / 1024.0) + " KB";
        }
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
