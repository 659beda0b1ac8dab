package org.werkraum.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailTokensTest {

    private final MailTokens tokens = withKey("a key of thirty-two bytes, fixed");

    @Test
    void aTokenCarriesItsPayloadAndOnlyTheKeyMakesIt() {
        String token = tokens.sign("u:42:MENTION");

        assertThat(token).startsWith("u:42:MENTION.").hasSize("u:42:MENTION.".length() + 43);
        assertThat(tokens.verify(token)).contains("u:42:MENTION");
        assertThat(withKey("another key of thirty-two bytes!").verify(token)).isEmpty();
    }

    @Test
    void aChangedCutOrMadeUpTokenIsNothing() {
        String token = tokens.sign("u:42:MENTION");

        assertThat(tokens.verify(token.replace("u:42", "u:43"))).isEmpty();
        assertThat(tokens.verify(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(tokens.verify("u:42:MENTION")).isEmpty();
        assertThat(tokens.verify("u:42:MENTION.!!!")).isEmpty();
        assertThat(tokens.verify(".")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
    }

    private static MailTokens withKey(String key) {
        MailTokens tokens = new MailTokens();
        tokens.keys = new MailKey() {
            @Override
            public byte[] loadOrCreate() {
                return key.getBytes(StandardCharsets.UTF_8);
            }
        };
        return tokens;
    }
}
