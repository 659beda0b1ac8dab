package org.werkraum.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.werkraum.search.SearchIndex;

/**
 * Reports whether Elasticsearch answers. Writes never wait for it (the outbox catches up), but a node without
 * search is not fully ready, and operators should see that.
 */
@Readiness
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {

    @Inject
    SearchIndex searchIndex;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("elasticsearch")
                .status(searchIndex.isAvailable())
                .build();
    }
}
