package org.werkraum.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TestServicesListenerTest {

    @Test
    void onlyTheRequestedServicesAreConfigured() {
        Properties properties = new Properties();
        properties.setProperty(TestServicesListener.SERVICES, " es ");
        properties.setProperty("werkraum.test.es.port", "59201");
        properties.setProperty("werkraum.es.home", "/opt/es");
        properties.setProperty(TestServicesListener.WORK_DIR, "/tmp/work");

        DevServices.Settings settings = TestServicesListener.settingsFrom(properties);

        assertThat(settings.database()).isNull();
        assertThat(settings.mail()).isNull();
        assertThat(settings.elasticsearch().httpPort()).isEqualTo(59201);
        assertThat(settings.elasticsearch().transportPort()).isEqualTo(59301);
        assertThat(settings.elasticsearch().pluginZip()).isNull();
        assertThat(settings.elasticsearch().dataDirectory()).isEqualTo(Path.of("/tmp/work/es-data"));
        assertThat(settings.elasticsearch().cleanDataDirectory()).isTrue();
    }

    @Test
    void noServicesAreConfiguredWithoutTheProperty() {
        DevServices.Settings settings = TestServicesListener.settingsFrom(new Properties());

        assertThat(settings).isEqualTo(new DevServices.Settings(null, null, null));
    }

    @Test
    void unknownServiceNamesAreRejected() {
        Properties properties = new Properties();
        properties.setProperty(TestServicesListener.SERVICES, "db,elastic");

        assertThatThrownBy(() -> TestServicesListener.settingsFrom(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("elastic");
    }

    @Test
    void aRequestedServiceNeedsItsPort() {
        Properties properties = new Properties();
        properties.setProperty(TestServicesListener.SERVICES, "db");

        assertThatThrownBy(() -> TestServicesListener.settingsFrom(properties))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("werkraum.test.db.port");
    }

    @Test
    void theListenerStartsTheServicesForTheSessionAndStopsThemAfterwards() {
        int smtpPort = LocalPorts.findFree();
        int imapPort = LocalPorts.findFree();
        Properties saved = (Properties) System.getProperties().clone();
        System.setProperty(TestServicesListener.SERVICES, "mail");
        System.setProperty("werkraum.test.smtp.port", String.valueOf(smtpPort));
        System.setProperty("werkraum.test.imap.port", String.valueOf(imapPort));
        TestServicesListener listener = new TestServicesListener();
        try {
            listener.launcherSessionOpened(null);

            assertThat(TestServices.mail().smtpPort()).isEqualTo(smtpPort);
            assertThat(LocalPorts.isFree(smtpPort)).isFalse();
            assertThatThrownBy(TestServices::elasticsearch).hasMessageContaining(TestServicesListener.SERVICES);
        } finally {
            listener.launcherSessionClosed(null);
            System.setProperties(saved);
        }
        assertThat(LocalPorts.isFree(smtpPort)).isTrue();
        assertThatThrownBy(TestServices::mail).isInstanceOf(IllegalStateException.class);
    }
}
