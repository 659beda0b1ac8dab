package org.werkraum.signin;

import java.time.Instant;

/** A token as its owner sees it in the list: everything but the secret, which is shown only once. */
public record AccessTokenSummary(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    static AccessTokenSummary of(AccessToken token) {
        return new AccessTokenSummary(
                token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt());
    }
}
