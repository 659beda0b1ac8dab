/** Readiness for load balancers and operators: {@code /health/ready} on the management port. */
package org.werkraum.web.health;
