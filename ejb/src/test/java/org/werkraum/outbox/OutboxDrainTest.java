package org.werkraum.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.werkraum.search.DocumentType;

class OutboxDrainTest {

    @Test
    void backoffDoublesPerAttemptUpToTheMaximum() {
        Duration max = Duration.ofSeconds(60);

        assertThat(OutboxDrain.backoff(0, max)).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutboxDrain.backoff(1, max)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxDrain.backoff(5, max)).isEqualTo(Duration.ofSeconds(32));
        assertThat(OutboxDrain.backoff(6, max)).isEqualTo(max);
        assertThat(OutboxDrain.backoff(1000, max)).isEqualTo(max);
    }

    @Test
    void aDocumentIsSetAsideAfterTheMaximumOfItsOwnFailures() {
        OutboxEntry entry = new OutboxEntry(DocumentType.COMMUNITY, "42");

        entry.failed("could not be built", Duration.ofSeconds(1), 3);
        entry.failed("could not be built", Duration.ofSeconds(2), 3);
        assertThat(entry.failedAt()).isNull();
        entry.failed("could not be built", Duration.ofSeconds(4), 3);

        assertThat(entry.failedAt()).isNotNull();
        assertThat(entry.failures()).isEqualTo(3);
        assertThat(entry.lastError()).isEqualTo("could not be built");
    }

    @Test
    void outagesPostponeButNeverSetAside() {
        OutboxEntry entry = new OutboxEntry(DocumentType.COMMUNITY, "42");

        for (int i = 0; i < 50; i++) {
            entry.postpone("connection refused", Duration.ofSeconds(1));
        }

        assertThat(entry.failedAt()).isNull();
        assertThat(entry.failures()).isZero();
        assertThat(entry.attempts()).isEqualTo(50);
    }

    @Test
    void aRetryStartsAFreshRoundOfAttempts() {
        OutboxEntry entry = new OutboxEntry(DocumentType.PERSON, "7");
        entry.failed("refused", Duration.ofSeconds(1), 1);

        entry.retry();

        assertThat(entry.failedAt()).isNull();
        assertThat(entry.failures()).isZero();
        assertThat(entry.attempts()).isZero();
    }
}
