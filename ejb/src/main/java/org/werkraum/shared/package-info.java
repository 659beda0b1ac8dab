/**
 * What every feature package uses: the domain's exception types (each with a message key that pages translate and
 * REST turns into problem+json) and paging.
 */
package org.werkraum.shared;
