package org.werkraum.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.werkraum.community.CommunityType;
import org.werkraum.community.MembershipRole;
import org.werkraum.community.MembershipStatus;
import org.werkraum.searching.ResultType;
import org.werkraum.security.Standing;

/**
 * The German and English bundles say the same things, and every key the domain throws, the beans use and the pages
 * ask for is in them. Runs with the web module as working directory, so the domain's sources are at ../ejb.
 */
class MessagesBundleTest {

    private static final String BASE = "/org/werkraum/web/i18n/Messages";
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path WEB_SOURCES = Path.of("src/main/java");
    private static final List<Path> DOMAIN_SOURCES =
            List.of(Path.of("../ejb/src/main/java"), Path.of("../search/src/main/java"));

    private static final Pattern ERROR_KEY = Pattern.compile("\"((?:error|import\\.problem)\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]|msg\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern BEAN_KEY = Pattern.compile(
            "messages\\.(?:error|info|flashInfo)\\(\"([^\"]+)\"|messages\\.fieldError\\(\"[^\"]+\", \"([^\"]+)\"");

    private final Properties english = load(BASE + ".properties");
    private final Properties german = load(BASE + "_de.properties");

    @Test
    void germanAndEnglishHaveExactlyTheSameKeys() {
        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void theEnglishLocaleBundleAddsNothingToTheEnglishBase() {
        assertThat(load(BASE + "_en.properties")).isEmpty();
    }

    @Test
    void everyErrorKeyOfTheDomainIsTranslated() {
        Set<String> keys = new TreeSet<>();
        DOMAIN_SOURCES.forEach(root -> keys.addAll(matches(root, ".java", ERROR_KEY)));
        assertThat(keys).as("error keys in the domain sources").isNotEmpty().contains("error.notFound");
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyKeyTheWebModuleUsesIsTranslated() {
        Set<String> keys = new TreeSet<>(matches(WEB_SOURCES, ".java", ERROR_KEY));
        keys.addAll(matches(WEB_SOURCES, ".java", BEAN_KEY));
        assertThat(keys).as("keys in the beans").contains("login.failed");
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyKeyThePagesAskForIsTranslated() {
        Set<String> keys = matches(WEBAPP, ".xhtml", PAGE_KEY);
        assertThat(keys).as("keys in the pages").contains("app.name", "login.signIn");
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyEnumThePagesTranslateHasItsKeys() {
        List<String> keys = new ArrayList<>();
        for (CommunityType type : CommunityType.values()) {
            keys.add("communityType." + type);
            keys.add("communityType." + type + ".explained");
        }
        for (Standing standing : Standing.values()) {
            keys.add("standing." + standing);
        }
        for (MembershipStatus status : MembershipStatus.values()) {
            keys.add("membershipStatus." + status);
        }
        for (MembershipRole role : MembershipRole.values()) {
            keys.add("memberRole." + role);
        }
        for (ResultType type : ResultType.values()) {
            keys.add("documentType." + type);
            keys.add("documentType." + type + ".count");
        }
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyTextIsAValidMessageFormatWithoutAsciiApostrophes() {
        for (Properties bundle : List.of(english, german)) {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(text).as(key).doesNotContain("'").isNotBlank();
                new MessageFormat(text); // throws on a broken pattern
            }
        }
    }

    @Test
    void germanIsReadAsUtf8() {
        assertThat(german.getProperty("layout.menu")).isEqualTo("Menü");
        german.forEach((key, text) -> assertThat((String) text).as((String) key).doesNotContain("Ã", "\uFFFD"));
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) {
        assertThat(root).as("source folder (the test runs in web/)").isDirectory();
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
