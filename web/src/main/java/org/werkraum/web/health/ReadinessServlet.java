package org.werkraum.web.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code GET /health/ready}: 200 when every readiness check (the database) is up, else 503; the body lists each
 * check and also Elasticsearch, whose state never changes the answer ("degraded": search is away, all else works).
 * {@code GET /health/search}: Elasticsearch alone, 200 or 503, for monitoring.
 */
@WebServlet({"/health/ready", "/health/search"})
public class ReadinessServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    @Readiness
    transient Instance<HealthCheck> readiness;

    @Inject
    transient ElasticsearchReadiness search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HealthCheckResponse searchResult = search.call();
        boolean searchUp = searchResult.getStatus() == HealthCheckResponse.Status.UP;
        List<HealthCheckResponse> results = new ArrayList<>();
        boolean up;
        if (request.getServletPath().equals("/health/search")) {
            up = searchUp;
        } else {
            up = true;
            for (HealthCheck check : readiness) {
                HealthCheckResponse result = check.call();
                up &= result.getStatus() == HealthCheckResponse.Status.UP;
                results.add(result);
            }
        }
        results.add(searchResult);
        JsonArrayBuilder checks = Json.createArrayBuilder();
        results.forEach(result -> checks.add(Json.createObjectBuilder()
                .add("name", result.getName())
                .add("status", result.getStatus().name())));
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("status", up ? "UP" : "DOWN")
                        .add("search", searchUp ? "AVAILABLE" : "DEGRADED")
                        .add("checks", checks)
                        .build()
                        .toString());
    }
}
