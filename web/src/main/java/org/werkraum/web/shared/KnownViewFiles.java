package org.werkraum.web.shared;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the file of each view, template and include once. Facelets asks for them on every request that builds a view
 * (the page, its template, every {@code ui:include}), and each look-up went through the chain of resource handlers
 * down to Mojarra's, which asks the message bundle for a locale prefix that Werkraum does not use and pays for a
 * {@code MissingResourceException} every time: about 3 % of the post page's time. The files of a deployment never
 * change, so neither do these answers (in development they are not kept). Only files found are kept: a name that
 * names no file (any address ending in .xhtml) is looked for anew, so that such addresses cannot fill the memory.
 */
public class KnownViewFiles extends ResourceHandlerWrapper {

    private final Map<String, ViewResource> views = new ConcurrentHashMap<>();

    public KnownViewFiles(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (!context.isProjectStage(ProjectStage.Production)) {
            return getWrapped().createViewResource(context, resourceName);
        }
        ViewResource known = views.get(resourceName);
        if (known == null) {
            known = getWrapped().createViewResource(context, resourceName);
            if (known != null) {
                views.put(resourceName, known);
            }
        }
        return known;
    }
}
