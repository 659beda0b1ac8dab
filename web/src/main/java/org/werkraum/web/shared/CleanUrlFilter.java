package org.werkraum.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the addresses of {@link Route}: {@code /people/anna.schmidt} shows the view {@code /people/profile.xhtml} with
 * {@code login=anna.schmidt} as a request parameter. A view's file name in the address (a bookmark of the first
 * release, or a hand-typed one) is answered with a permanent redirect to its clean address.
 *
 * <p>
 * Security constraints apply to the address, before this filter: {@code web.xml} names the public ones.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CleanUrlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The name web.xml gives the servlet of the views. */
    private static final String FACES_SERVLET = "Faces Servlet";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the address as asked for: the servlet path may already name a welcome file instead of "/"
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod())) {
            List<Route> viewed = Route.ofView(path);
            if (!viewed.isEmpty()) {
                Map<String, List<String>> query =
                        Route.parseQuery(request.getQueryString() == null ? "" : request.getQueryString());
                Optional<String> address = Route.addressOf(viewed, query);
                if (address.isPresent()) {
                    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                    response.setHeader("Location", request.getContextPath() + address.get());
                    return;
                }
                if (Route.isFormerView(path)) {
                    // a first-release profile link names the person by id, which the profile views accept too
                    request.getRequestDispatcher(viewed.get(0).view()).forward(request, response);
                    return;
                }
            }
        }
        Optional<Route.Match> match = path.endsWith(".xhtml") ? Optional.empty() : Route.serving(path);
        if (match.isPresent()) {
            request.getRequestDispatcher(match.get().route().view())
                    .forward(new WithPathParameters(request, match.get().parameters()), response);
            return;
        }
        HttpServletMapping mapping = request.getHttpServletMapping();
        if (mapping.getMappingMatch() == MappingMatch.PATH && FACES_SERVLET.equals(mapping.getServletName())) {
            // the Faces Servlet is mapped to /posts/* only so that uploads to clean addresses arrive whole; an
            // address there that no route serves (a relative image "x" on /posts/42/edit asks for /posts/42/x) is
            // not found, not a view to look for
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request with the address's path parameters as request parameters, before those of the query. */
    private static final class WithPathParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithPathParameters(HttpServletRequest request, Map<String, String> pathParameters) {
            super(request);
            Map<String, String[]> all = new LinkedHashMap<>();
            pathParameters.forEach((name, value) -> all.put(name, new String[] {value}));
            request.getParameterMap().forEach(all::putIfAbsent);
            this.parameters = Collections.unmodifiableMap(all);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
