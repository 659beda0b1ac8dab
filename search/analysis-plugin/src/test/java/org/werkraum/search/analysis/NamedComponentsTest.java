package org.werkraum.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.Extensible;
import org.elasticsearch.plugin.Nameable;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

/**
 * The node finds the components through named_components.json and creates them with their one
 * public constructor; these tests keep the file and the classes in step.
 */
class NamedComponentsTest {
    private static final Path PLUGIN_DIR = Path.of(System.getProperty("werkraum.plugin.dir", "target/plugin"));

    @Test
    void namedComponentsJsonListsExactlyTheAnnotatedClasses() throws Exception {
        Map<String, Map<String, String>> listed = new ObjectMapper()
                .readValue(PLUGIN_DIR.resolve("named_components.json").toFile(), new TypeReference<>() {});
        Map<String, Map<String, String>> annotated = new TreeMap<>();
        for (Class<?> component : annotatedClasses()) {
            annotated
                    .computeIfAbsent(extensibleInterfaceOf(component).getName(), key -> new TreeMap<>())
                    .put(component.getAnnotation(NamedComponent.class).value(), component.getName());
        }
        assertThat(listed).isEqualTo(annotated);
    }

    @Test
    void everyComponentIsCreatedByItsOnlyPublicConstructorAndWorks() throws Exception {
        for (Class<?> component : annotatedClasses()) {
            assertThat(Modifier.isPublic(component.getModifiers()))
                    .as(component + " is public")
                    .isTrue();
            Constructor<?>[] constructors = component.getConstructors();
            assertThat(constructors).as(component + " constructors").hasSize(1);
            assertThat(constructors[0].getParameterCount())
                    .as(component + " constructor parameters")
                    .isZero();

            Nameable instance = (Nameable) constructors[0].newInstance();
            assertThat(instance.name())
                    .isEqualTo(component.getAnnotation(NamedComponent.class).value());
            Analyzer analyzer;
            if (instance instanceof AnalyzerFactory factory) {
                analyzer = factory.create();
            } else if (instance instanceof TokenFilterFactory factory) {
                analyzer = Tokens.keywordAnalyzer(factory);
            } else if (instance instanceof TokenizerFactory factory) {
                analyzer = new Analyzer() {
                    @Override
                    protected TokenStreamComponents createComponents(String fieldName) {
                        return new TokenStreamComponents(factory.create());
                    }
                };
            } else {
                throw new AssertionError(component + " is no analysis component");
            }
            assertThat(Tokens.terms(analyzer, "Blogeinträge"))
                    .as(instance.name())
                    .isNotEmpty();
        }
    }

    @Test
    void descriptorHasExactlyTheKeysTheNodeAccepts() throws IOException, URISyntaxException {
        Properties descriptor = new Properties();
        try (Reader reader = Files.newBufferedReader(
                PLUGIN_DIR.resolve("stable-plugin-descriptor.properties"), StandardCharsets.ISO_8859_1)) {
            descriptor.load(reader);
        }
        assertThat(descriptor.stringPropertyNames())
                .containsExactlyInAnyOrder(
                        "name", "description", "version", "elasticsearch.version", "java.version", "modular");
        assertThat(descriptor)
                .containsEntry("name", "werkraum-analysis")
                .containsEntry("java.version", "17")
                .containsEntry("modular", "false");
        assertThat(descriptor.values())
                .allSatisfy(value -> assertThat((String) value).isNotBlank().doesNotContain("${"));
        String apiJar = Path.of(NamedComponent.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getFileName()
                .toString();
        assertThat(apiJar)
                .as("the plugin API we compile against")
                .isEqualTo("elasticsearch-plugin-api-" + descriptor.getProperty("elasticsearch.version") + ".jar");
    }

    private static List<Class<?>> annotatedClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(GermanAnalyzerFactory.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> annotated = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = load(name);
                if (type.isAnnotationPresent(NamedComponent.class)) {
                    annotated.add(type);
                }
            }
        }
        assertThat(annotated).isNotEmpty();
        return annotated;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NamedComponentsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Class<?> extensibleInterfaceOf(Class<?> component) {
        List<Class<?>> extensible = new ArrayList<>();
        for (Class<?> type = component; type != null; type = type.getSuperclass()) {
            Arrays.stream(type.getInterfaces())
                    .filter(i -> i.isAnnotationPresent(Extensible.class))
                    .forEach(extensible::add);
        }
        assertThat(extensible)
                .as(component + " implements one extensible interface")
                .hasSize(1);
        return extensible.get(0);
    }
}
