package org.werkraum.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ElasticsearchSettingsTest {

    private static final URI NODE = URI.create("http://127.0.0.1:9200");

    @Test
    void defaultsSuitASingleNode() {
        ElasticsearchSettings settings = ElasticsearchSettings.of(NODE, "werkraum");

        assertThat(settings.numberOfShards()).isEqualTo(1);
        assertThat(settings.numberOfReplicas()).isZero();
        assertThat(settings.connectTimeout()).isEqualTo(ElasticsearchSettings.DEFAULT_CONNECT_TIMEOUT);
        assertThat(settings.socketTimeout()).isEqualTo(ElasticsearchSettings.DEFAULT_SOCKET_TIMEOUT);
        assertThat(settings.withLayout(3, 1).numberOfReplicas()).isEqualTo(1);
    }

    @Test
    void indexPrefixMustBeAValidIndexName() {
        assertThatThrownBy(() -> ElasticsearchSettings.of(NODE, "Werkraum"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ElasticsearchSettings.of(NODE, "-werkraum"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ElasticsearchSettings.of(NODE, "werk*raum"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ElasticsearchSettings.of(NODE, "werkraum_test-2").indexPrefix())
                .isEqualTo("werkraum_test-2");
    }

    @Test
    void urlAndLayoutAreChecked() {
        assertThatThrownBy(() -> ElasticsearchSettings.of(URI.create("127.0.0.1:9200"), "werkraum"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ElasticsearchSettings.of(NODE, "werkraum").withTimeouts(Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ElasticsearchSettings.of(NODE, "werkraum").withLayout(0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ElasticsearchSettings.of(NODE, "werkraum").withLayout(1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretsStayOutOfMessagesAndAUserNeedsAPassword() {
        ElasticsearchSettings settings = ElasticsearchSettings.of(NODE, "werkraum")
                .withUser("werkraum-app", "geheim-und-lang")
                .withApiKey("c2VjcmV0LWtleQ==");

        assertThat(settings.toString())
                .contains("werkraum-app")
                .contains("API key")
                .doesNotContain("geheim-und-lang")
                .doesNotContain("c2VjcmV0LWtleQ==");
        assertThatThrownBy(() -> ElasticsearchSettings.of(NODE, "werkraum").withUser("werkraum-app", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ElasticsearchSettings.of(NODE, "werkraum")
                        .withUser(" ", null)
                        .username())
                .isNull();
    }
}
