/**
 * The pages' backing beans. Each bean turns a request into one call of a domain service and its result into what the
 * page shows; {@link org.werkraum.web.faces.PageMessages} turns the domain's exceptions into translated messages.
 */
package org.werkraum.web.faces;
