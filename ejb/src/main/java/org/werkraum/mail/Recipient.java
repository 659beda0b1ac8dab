package org.werkraum.mail;

import java.util.Locale;

/** Whom a mail is for: his address, his name and the language he reads. */
record Recipient(long personId, String email, String name, String language) {

    Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
