package org.werkraum.devservices;

/**
 * The dev services of the current test run, started by {@link TestServicesListener}. Client-side tests use it to
 * reach the services directly, e.g. to stop Elasticsearch and start it again; tests running inside WildFly cannot.
 */
public final class TestServices {

    private static volatile DevServices current;

    private TestServices() {}

    /** The Elasticsearch node of this test run (if {@code es} is among the requested services). */
    public static ElasticsearchNode elasticsearch() {
        return running().elasticsearch();
    }

    /** PostgreSQL of this test run (if {@code db} is among the requested services). */
    public static EmbeddedDatabase database() {
        return running().database();
    }

    /** The mail sink of this test run (if {@code mail} is among the requested services). */
    public static MailSink mail() {
        return running().mail();
    }

    private static DevServices running() {
        DevServices services = current;
        if (services == null) {
            throw new IllegalStateException("No test services are running: the module's tests need"
                    + " src/test/resources/META-INF/services/org.junit.platform.launcher.LauncherSessionListener"
                    + " naming " + TestServicesListener.class.getName() + ", and the system property "
                    + TestServicesListener.SERVICES + " must list the services");
        }
        return services;
    }

    static void set(DevServices services) {
        current = services;
    }
}
