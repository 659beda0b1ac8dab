package org.werkraum.web.shared;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every link, redirect and form action to a view in its clean form from {@link Route}, so that pages link with
 * {@code outcome="/people/profile"} and a {@code <f:param name="login">} and people see {@code /people/anna.schmidt}.
 */
public class CleanUrlViewHandler extends ViewHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(CleanUrlViewHandler.class.getName());

    /**
     * The views that outcomes name, found once per outcome: a page renders dozens of links, and each look-up of a view
     * file asks the resource handler anew. The views of a deployment never change, so neither do these answers (in
     * development they are not kept).
     */
    private final Map<String, String> viewIds = new ConcurrentHashMap<>();

    private final Map<String, String> logicalViewIds = new ConcurrentHashMap<>();

    public CleanUrlViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * Outcomes name views as the features' folders do ({@code /people/profile}); the views live below
     * {@link Route#VIEWS}.
     */
    @Override
    public String deriveViewId(FacesContext context, String viewId) {
        return remembered(context, viewIds, viewId, id -> getWrapped().deriveViewId(context, id));
    }

    @Override
    public String deriveLogicalViewId(FacesContext context, String viewId) {
        return remembered(context, logicalViewIds, viewId, id -> getWrapped().deriveLogicalViewId(context, id));
    }

    private static String remembered(
            FacesContext context, Map<String, String> known, String viewId, UnaryOperator<String> derive) {
        String derived = known.get(viewId);
        if (derived != null) {
            return derived;
        }
        derived = orInViews(viewId, derive);
        if (derived != null && context.isProjectStage(ProjectStage.Production)) {
            known.put(viewId, derived);
        }
        return derived;
    }

    /** Looks below {@link Route#VIEWS} first: a failed look-up costs a search for the file on every link. */
    private static String orInViews(String viewId, UnaryOperator<String> derive) {
        if (viewId.startsWith("/WEB-INF/")) {
            return derive.apply(viewId);
        }
        String inViews = derive.apply(Route.VIEWS + viewId.substring(1));
        return inViews != null ? inViews : derive.apply(viewId);
    }

    /**
     * A form posts back to the address it was shown at: for {@code /people/anna.schmidt} that address, since the
     * view's name alone lacks the login, and for {@code /posts/42/edit} that address rather than the view's other one
     * ({@code /posts/new}).
     */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = getWrapped().getActionURL(context, viewId);
        String contextPath = context.getExternalContext().getRequestContextPath();
        Object shownAt = context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
        boolean sameView = context.getViewRoot() != null
                && viewId.equals(context.getViewRoot().getViewId());
        if (sameView
                && shownAt instanceof String address
                && address.startsWith(contextPath)
                && Route.serving(address.substring(contextPath.length())).isPresent()) {
            return address;
        }
        return Route.clean(url, contextPath);
    }

    /**
     * A link parameter without a value is left out: Mojarra would fail the whole page on it (seen once in 1,500 requests
     * when 16 requests of one session ran at once); the link then names no such parameter, and the log says which.
     */
    @Override
    public String getBookmarkableURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return Route.clean(
                getWrapped().getBookmarkableURL(context, viewId, withValues(viewId, parameters), includeViewParams),
                context.getExternalContext().getRequestContextPath());
    }

    static Map<String, List<String>> withValues(String viewId, Map<String, List<String>> parameters) {
        if (parameters == null
                || parameters.values().stream()
                        .noneMatch(values -> values == null || values.stream().anyMatch(Objects::isNull))) {
            return parameters;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            List<String> present = values == null
                    ? List.of()
                    : values.stream().filter(Objects::nonNull).toList();
            if (present.size() < (values == null ? 1 : values.size())) {
                LOG.log(Level.WARNING, "a link to {0} has no value for its parameter {1}", new Object[] {viewId, name});
            }
            if (!present.isEmpty()) {
                kept.put(name, present);
            }
        });
        return kept;
    }

    @Override
    public String getRedirectURL(
            FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
        return Route.clean(
                getWrapped().getRedirectURL(context, viewId, parameters, includeViewParams),
                context.getExternalContext().getRequestContextPath());
    }
}
