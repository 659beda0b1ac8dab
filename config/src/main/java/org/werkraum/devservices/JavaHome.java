package org.werkraum.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** A JDK installed on this machine, found by its {@code release} file. */
record JavaHome(Path path, int majorVersion) {

    private static final System.Logger LOG = System.getLogger(JavaHome.class.getName());
    private static final Path JVM_FOLDER = Path.of("/usr/lib/jvm");

    /**
     * The JDK to run Elasticsearch with: {@code JAVA_HOME} if it is recent enough, else the newest JDK of at least
     * {@code minimumVersion} under /usr/lib/jvm, else the JDK running this code (Elasticsearch 8 accepts 17 too).
     */
    static JavaHome forElasticsearch(int minimumVersion) {
        Optional<JavaHome> fromEnvironment = Optional.ofNullable(System.getenv("JAVA_HOME"))
                .filter(value -> !value.isBlank())
                .flatMap(value -> read(Path.of(value)));
        if (fromEnvironment.isPresent() && fromEnvironment.get().majorVersion() >= minimumVersion) {
            return fromEnvironment.get();
        }
        Optional<JavaHome> installed = installedUnder(JVM_FOLDER)
                .filter(jdk -> jdk.majorVersion() >= minimumVersion)
                .max(Comparator.comparingInt(JavaHome::majorVersion));
        if (installed.isPresent()) {
            return installed.get();
        }
        JavaHome running = new JavaHome(
                Path.of(System.getProperty("java.home")), Runtime.version().feature());
        LOG.log(
                System.Logger.Level.INFO,
                String.format(
                        "No JDK %s+ in JAVA_HOME or %s; Elasticsearch runs on this JDK %s (%s)",
                        minimumVersion, JVM_FOLDER, running.majorVersion(), running.path()));
        return running;
    }

    private static Stream<JavaHome> installedUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(JavaHome::read).flatMap(Optional::stream).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    /** Reads {@code JAVA_VERSION="25.0.3"} (or "1.8.0_452") from the JDK's release file. */
    static Optional<JavaHome> read(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        String[] parts = version.split("[._+-]");
        try {
            int major = Integer.parseInt(parts[0]);
            if (major == 1 && parts.length > 1) {
                major = Integer.parseInt(parts[1]);
            }
            return Optional.of(new JavaHome(home, major));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
