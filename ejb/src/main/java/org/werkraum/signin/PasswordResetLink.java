package org.werkraum.signin;

import java.net.URI;
import java.time.Instant;

/**
 * A one-time link for setting a password, as the admin who made it sees it.
 *
 * @param mailed
 *            whether the mail to the person went out; if not, the admin passes the link on himself
 */
public record PasswordResetLink(URI link, Instant expiresAt, String email, boolean mailed) {}
