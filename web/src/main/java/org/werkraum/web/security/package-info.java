/**
 * Sign-in: the identity store over the person table, one authentication mechanism for pages (form login with a
 * session) and for {@code /api} (HTTP Basic or a personal access token, never the session cookie), the security headers
 * and the signed-in {@link org.werkraum.web.security.CurrentUser}.
 */
package org.werkraum.web.security;
