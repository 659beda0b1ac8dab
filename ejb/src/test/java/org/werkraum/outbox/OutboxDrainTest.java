package org.werkraum.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}
