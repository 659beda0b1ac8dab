package org.werkraum.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs what a mail's links and reply address carry (whose mail it is, which kind, which comment it answers), so that
 * whoever holds the mail may act on it without signing in and nobody can make up another: {@code payload.signature},
 * HMAC-SHA256 under a key that the first node to need it writes into the database for all nodes.
 */
@ApplicationScoped
public class MailTokens {

    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final String REPLY_PREFIX = "reply ";
    private static final int REPLY_SIGNATURE_BYTES = 10;

    @Inject
    MailKey keys;

    private volatile byte[] key;

    /** The payload (letters, digits, {@code :} and {@code -}) with its signature. */
    public String sign(String payload) {
        if (!payload.matches("[A-Za-z0-9:_-]+")) {
            throw new IllegalArgumentException("a token carries letters, digits, ':', '_' and '-' only");
        }
        return payload + "." + ENCODE.encodeToString(mac(payload));
    }

    /** The payload of a token signed here; nothing for a token changed, made up or cut. */
    public Optional<String> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        byte[] signature;
        try {
            signature = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(signature, mac(payload)) ? Optional.of(payload) : Optional.empty();
    }

    /**
     * The payload (lowercase letters, digits and {@code -}) with a short signature in lowercase hex, for the local part
     * of a reply address: some mail servers change its case, and it may be at most 64 characters long. Eighty bits of
     * HMAC, under its own prefix, so that no link's token passes for a reply address nor the other way round.
     */
    public String signReply(String payload) {
        if (!payload.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a reply token carries lowercase letters, digits and '-' only");
        }
        return payload + "-" + replySignature(payload);
    }

    /** The payload of a reply token signed here, whatever case the mail servers gave it; nothing for another. */
    public Optional<String> verifyReply(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String lower = token.toLowerCase(Locale.ROOT);
        int dash = lower.lastIndexOf('-');
        if (dash < 1 || !lower.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        String payload = lower.substring(0, dash);
        byte[] expected = replySignature(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = lower.substring(dash + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(payload) : Optional.empty();
    }

    private String replySignature(String payload) {
        return HexFormat.of().formatHex(mac(REPLY_PREFIX + payload), 0, REPLY_SIGNATURE_BYTES);
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key(), HMAC));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + HMAC, e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = keys.loadOrCreate();
            key = known;
        }
        return known;
    }
}
