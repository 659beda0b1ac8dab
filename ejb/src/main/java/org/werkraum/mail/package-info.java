/**
 * E-mail, so that people who live in their inbox are reached there: each kind of notification goes out at once, in a
 * daily or weekly digest, or not at all, as each person chose ({@link org.werkraum.mail.MailPreferences}); mails wait
 * in a queue that outlives a mail server's outage and that every node drains without sending a mail twice ({@link
 * org.werkraum.mail.MailQueue}); every mail has a plain-text and an HTML part in the person's language and a
 * one-click way out ({@code List-Unsubscribe}).
 */
package org.werkraum.mail;
