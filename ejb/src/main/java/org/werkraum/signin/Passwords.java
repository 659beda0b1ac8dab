package org.werkraum.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;

/**
 * Salted, slow password hashes (PBKDF2 with HMAC-SHA256, 210,000 iterations as OWASP recommends), in Jakarta
 * Security's format.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 10;
    /** Long enough for any passphrase, short enough that nobody makes the server hash megabytes. */
    public static final int MAX_LENGTH = 200;

    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";

    @Inject
    Pbkdf2PasswordHash hash;

    /** Verified instead of a real hash when the login is unknown, so that unknown logins take as long as known ones. */
    private String decoy;

    @PostConstruct
    void configure() {
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : new String[] {ITERATIONS, ALGORITHM, SALT_SIZE}) {
            String[] keyValue = parameter.split("=", 2);
            parameters.put(keyValue[0], keyValue[1]);
        }
        hash.initialize(parameters);
        decoy = hash.generate("no password matches this decoy".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * Whether the password matches the stored hash. A missing hash (unknown login, or a person without a password)
     * costs the same time as a wrong password and never matches.
     */
    public boolean matches(String password, String storedHash) {
        char[] candidate = (password == null ? "" : password).toCharArray();
        if (storedHash == null) {
            hash.verify(candidate, decoy);
            return false;
        }
        return hash.verify(candidate, storedHash);
    }
}
