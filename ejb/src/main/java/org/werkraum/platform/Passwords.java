package org.werkraum.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;

/**
 * Salted, slow password hashes in the format the identity store verifies (PBKDF2 with HMAC-SHA256, 210,000
 * iterations as OWASP recommends). The identity store in the web module is given the same parameters.
 */
@ApplicationScoped
public class Passwords {

    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : new String[] {ITERATIONS, ALGORITHM, SALT_SIZE}) {
            String[] keyValue = parameter.split("=", 2);
            parameters.put(keyValue[0], keyValue[1]);
        }
        hash.initialize(parameters);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }
}
