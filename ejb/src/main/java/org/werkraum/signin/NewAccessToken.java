package org.werkraum.signin;

/**
 * A token just created: its secret is here once and never again.
 *
 * @param secret
 *            what the client sends as {@code Authorization: Bearer <secret>}
 */
public record NewAccessToken(AccessTokenSummary token, String secret) {

    @Override
    public String toString() {
        return "NewAccessToken[" + token + ", secret hidden]";
    }
}
