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

    @Test
    void aReplyAddressNamesItsTargetWhateverCaseTheServersGaveItAndNothingElse() {
        ReplyAddresses addresses = new ReplyAddresses();
        addresses.tokens = tokens;
        String before = System.getProperty("werkraum.mail.reply-address");
        try {
            System.clearProperty("werkraum.mail.reply-address");
            ReplyTarget target = new ReplyTarget(ReplyTarget.Kind.POST, 42, 1_000_000, 77L);
            assertThat(addresses.enabled()).isFalse();
            assertThat(addresses.of(target)).isEmpty();

            System.setProperty("werkraum.mail.reply-address", "Replies@Intranet.example");
            String address = addresses.of(target).orElseThrow();
            // person 42, post 1,000,000 and comment 77 in base 36, then 20 hex digits of signature
            assertThat(address).matches("Replies\\+p-16-lfls-25-[0-9a-f]{20}@Intranet\\.example");
            assertThat(address.substring(0, address.indexOf('@'))).hasSizeLessThanOrEqualTo(64);
            assertThat(addresses.target(address)).contains(target);
            assertThat(addresses.target(address.toUpperCase(java.util.Locale.ROOT)))
                    .contains(target);
            assertThat(addresses.target(address.toLowerCase(java.util.Locale.ROOT)))
                    .contains(target);

            ReplyTarget idea = new ReplyTarget(ReplyTarget.Kind.IDEA, 7, 9, null);
            assertThat(addresses.target(addresses.of(idea).orElseThrow())).contains(idea);

            assertThat(addresses.target(address.replace("p-16-lfls-25", "p-17-lfls-25")))
                    .isEmpty();
            assertThat(addresses.target(address.replace("@Intranet.example", "@elsewhere.example")))
                    .isEmpty();
            assertThat(addresses.target(address.replace("Replies+", "Others+"))).isEmpty();
            assertThat(addresses.target("Replies@Intranet.example")).isEmpty();
            assertThat(addresses.target("Replies+p-16-lfls-25@Intranet.example"))
                    .isEmpty();
            MailTokens otherKey = withKey("another key of thirty-two bytes!");
            ReplyAddresses elsewhere = new ReplyAddresses();
            elsewhere.tokens = otherKey;
            assertThat(elsewhere.target(address)).isEmpty();
            // a link's token is no reply token, however it is spelled
            assertThat(tokens.verifyReply(tokens.sign("u:42:MENTION"))).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty("werkraum.mail.reply-address");
            } else {
                System.setProperty("werkraum.mail.reply-address", before);
            }
        }
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
