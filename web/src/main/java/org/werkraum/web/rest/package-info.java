/**
 * The REST API under {@code /api}: JSON in and out, every list paginated with a capped page size, every error an
 * {@code application/problem+json} body (RFC 9457) with the right status and never a stack trace. Resources are
 * thin: one service call each, with the signed-in caller.
 */
package org.werkraum.web.rest;
