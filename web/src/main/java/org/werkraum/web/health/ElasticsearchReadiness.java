package org.werkraum.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.werkraum.searching.SearchService;

/**
 * Whether Elasticsearch answers. Not a readiness check on purpose: writes never wait for search (the outbox catches
 * up), so a node without search still serves everything else, and a load balancer must not take every node out
 * because the search cluster is away. Reported in {@code /health/ready}'s body and alone at {@code /health/search}.
 */
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {

    @Inject
    SearchService search;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("elasticsearch")
                .status(search.isAvailable())
                .build();
    }
}
