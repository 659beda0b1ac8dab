package org.werkraum.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.werkraum.search.SearchIndex;

/** Readiness as {@code /health/ready} reports it: the database and Elasticsearch answer. */
@ApplicationScoped
public class ReadinessChecks {

    @Resource(lookup = "java:jboss/datasources/WerkraumDS")
    DataSource dataSource;

    @Inject
    SearchIndex searchIndex;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try (Connection connection = dataSource.getConnection()) {
                return HealthCheckResponse.named("database")
                        .status(connection.isValid(2))
                        .build();
            } catch (SQLException e) {
                return HealthCheckResponse.named("database")
                        .down()
                        .withData("error", e.getMessage())
                        .build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck elasticsearch() {
        return () -> HealthCheckResponse.named("elasticsearch")
                .status(searchIndex.isAvailable())
                .build();
    }
}
