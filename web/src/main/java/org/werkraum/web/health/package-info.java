/**
 * Readiness for load balancers and operators. {@code /werkraum/health/ready} is ready while the database answers;
 * Elasticsearch is reported there too but never makes a node unready, because without search everything else still
 * works and the outbox catches up. WildFly's {@code /health/ready} on the management port reports the server only:
 * it does not pick up MicroProfile health checks from a WAR or EJB jar inside an EAR (WFLY-12835).
 */
package org.werkraum.web.health;
