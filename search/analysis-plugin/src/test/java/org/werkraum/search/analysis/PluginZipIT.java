package org.werkraum.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip as elasticsearch-plugin install expects it; runs once the build has packaged it. */
class PluginZipIT {
    private static final Path ZIP = Path.of(System.getProperty("werkraum.plugin.zip"));

    @Test
    void zipIsFlatAndHoldsThePluginJarItsDependencyAndTheDescriptors() throws IOException {
        assertThat(entries(ZIP))
                .containsExactlyInAnyOrder(
                        "werkraum-analysis-plugin.jar",
                        "jwordsplitter-4.7.jar",
                        "stable-plugin-descriptor.properties",
                        "named_components.json");
    }

    @Test
    void pluginJarHoldsOnlyWerkraumClassesBecauseLuceneAndThePluginApiAreTheNodes(@TempDir Path dir)
            throws IOException {
        Path pluginJar = dir.resolve("werkraum-analysis-plugin.jar");
        try (ZipFile zip = new ZipFile(ZIP.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("werkraum-analysis-plugin.jar"))) {
            Files.copy(in, pluginJar, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(entries(pluginJar).stream().filter(name -> name.endsWith(".class")))
                .contains("org/werkraum/search/analysis/GermanAnalyzerFactory.class")
                .allMatch(name -> name.startsWith("org/werkraum/search/analysis/"));
    }

    private static List<String> entries(Path zipFile) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            return Collections.list(zip.entries()).stream()
                    .map(ZipEntry::getName)
                    .toList();
        }
    }
}
