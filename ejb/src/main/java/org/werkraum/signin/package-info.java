/**
 * Signing in and the credentials behind it: password hashes, throttling of password guessing (shared by all nodes
 * through PostgreSQL), personal access tokens for API clients, and one-time links for setting a password. The web
 * module's authentication mechanism asks {@link org.werkraum.signin.SignIn}; nothing else checks a password.
 */
package org.werkraum.signin;
