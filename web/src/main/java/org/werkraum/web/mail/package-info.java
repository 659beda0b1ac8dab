/** Mail settings (the page and {@code /api/mail/settings}), the unsubscribe link of every mail and the digests' trigger. */
package org.werkraum.web.mail;
