/**
 * What every feature of the web layer shares: the layout's language switch and navigation, page messages (and the one
 * place that turns a domain exception into one, {@link org.werkraum.web.shared.DomainExceptionHandler}), paging, and
 * the REST API's application with its problem+json answers (RFC 9457): every error with the right status, never a
 * stack trace. Page beans and REST resources are thin: one service call each, with the signed-in caller.
 */
package org.werkraum.web.shared;
