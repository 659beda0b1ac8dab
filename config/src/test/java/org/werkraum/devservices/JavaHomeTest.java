package org.werkraum.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaHomeTest {

    @TempDir
    Path folder;

    @Test
    void theMajorVersionComesFromTheReleaseFile() throws Exception {
        assertThat(JavaHome.read(jdk("temurin-25", "25.0.3")))
                .get()
                .extracting(JavaHome::majorVersion)
                .isEqualTo(25);
        assertThat(JavaHome.read(jdk("openjdk-17", "17.0.15")))
                .get()
                .extracting(JavaHome::majorVersion)
                .isEqualTo(17);
        assertThat(JavaHome.read(jdk("jdk8", "1.8.0_452")))
                .get()
                .extracting(JavaHome::majorVersion)
                .isEqualTo(8);
    }

    @Test
    void aFolderWithoutJavaIsNoJdk() throws Exception {
        Path home = Files.createDirectories(folder.resolve("broken"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"21.0.1\"\n");

        assertThat(JavaHome.read(home)).isEmpty();
    }

    @Test
    void elasticsearchGetsAJdkOfAtLeastTheAskedVersionOrTheRunningOne() {
        JavaHome found = JavaHome.forElasticsearch(21);

        assertThat(found.majorVersion() >= 21 || found.path().equals(Path.of(System.getProperty("java.home"))))
                .isTrue();
    }

    private Path jdk(String name, String version) throws Exception {
        Path home = Files.createDirectories(folder.resolve(name).resolve("bin"));
        Files.writeString(home.resolve("java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(home.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(
                home.resolveSibling("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home.getParent();
    }
}
