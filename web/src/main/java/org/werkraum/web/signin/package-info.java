/**
 * Signing in and one's own credentials: the login page, the password change, the one-time password link and personal
 * access tokens; views in {@code signin/}, REST under {@code /api/people/me/tokens}.
 */
package org.werkraum.web.signin;
