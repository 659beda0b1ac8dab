/**
 * Sign-in: the identity store over the person table, one authentication mechanism for pages (form login with a
 * session) and REST (HTTP Basic), and the signed-in {@link org.werkraum.web.security.CurrentUser}.
 */
package org.werkraum.web.security;
