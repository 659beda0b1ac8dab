/**
 * Readiness for load balancers and operators. WildFly's {@code /health/ready} on the management port reports the
 * server; it does not pick up MicroProfile health checks from a WAR inside an EAR (WFLY-12835), so the application
 * answers {@code /werkraum/health/ready} itself with the same checks and the same JSON shape.
 */
package org.werkraum.web.health;
