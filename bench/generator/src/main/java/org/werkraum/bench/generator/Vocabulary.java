package org.werkraum.bench.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of the generated company: disciplines, locations, division names, code names, interests, tags. */
final class Vocabulary {

    /** An expertise or community tag; display is how it reads in a name ("spring-boot" → "Spring Boot"). */
    record Tag(String name, String display) {

        /** "spring-boot=Spring Boot", or just "spring-boot" when capitalising its words is right. */
        static Tag parse(String text) {
            int equals = text.indexOf('=');
            if (equals >= 0) {
                return new Tag(
                        text.substring(0, equals).strip(),
                        text.substring(equals + 1).strip());
            }
            StringBuilder display = new StringBuilder();
            for (String word : text.strip().split("-")) {
                if (display.length() > 0) {
                    display.append(' ');
                }
                display.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
            return new Tag(text.strip(), display.toString());
        }
    }

    record Location(String name, int weight, Language language) {}

    /** A kind of work: its departments' name, its sub-departments, its people's titles and expertise. */
    record Discipline(String name, int weight, List<String> areas, List<String> titles, List<Tag> tags) {}

    private static final Pattern SECTION = Pattern.compile("\\[(.+)\\|\\s*(\\d+)\\s*]");

    final Weighted<Discipline> disciplinesByWeight;
    final List<Location> locations;
    final Weighted<Location> locationsByWeight;
    final List<String> divisions;
    final List<String> codenames;
    final List<String> interests;
    final Weighted<Tag> commonTags;
    /** Every tag once, the disciplines' first. */
    final List<Tag> allTags;

    private final Map<String, Tag> tagsByName = new LinkedHashMap<>();
    private final Map<String, Discipline> disciplineByTag = new HashMap<>();
    private final Map<String, Weighted<Tag>> tagsByDiscipline = new HashMap<>();

    private Vocabulary(
            List<Discipline> disciplines,
            List<Location> locations,
            List<String> divisions,
            List<String> codenames,
            List<String> interests,
            List<Tag> commonTags) {
        this.disciplinesByWeight = Weighted.of(disciplines, Discipline::weight);
        this.locations = locations;
        this.locationsByWeight = Weighted.of(locations, Location::weight);
        this.divisions = divisions;
        this.codenames = codenames;
        this.interests = interests;
        this.commonTags = Weighted.byRank(commonTags);
        for (Discipline discipline : disciplines) {
            tagsByDiscipline.put(discipline.name(), Weighted.byRank(discipline.tags()));
            for (Tag tag : discipline.tags()) {
                tagsByName.putIfAbsent(tag.name(), tag);
                disciplineByTag.putIfAbsent(tag.name(), discipline);
            }
        }
        commonTags.forEach(tag -> tagsByName.putIfAbsent(tag.name(), tag));
        this.allTags = List.copyOf(tagsByName.values());
    }

    static Vocabulary load() {
        List<Location> locations = new ArrayList<>();
        for (String line : lines("locations.txt")) {
            String[] cells = line.split("\\|");
            locations.add(new Location(
                    cells[0].strip(),
                    Integer.parseInt(cells[1].strip()),
                    Language.valueOf(cells[2].strip().toUpperCase(Locale.ROOT))));
        }
        return new Vocabulary(
                disciplines(lines("disciplines.txt")),
                List.copyOf(locations),
                lines("divisions.txt"),
                lines("codenames.txt"),
                lines("interests.txt"),
                lines("common-tags.txt").stream().map(Tag::parse).toList());
    }

    Tag tag(String name) {
        return tagsByName.get(name);
    }

    /** The discipline's tags, the common ones more often. */
    Weighted<Tag> tagsOf(Discipline discipline) {
        return tagsByDiscipline.get(discipline.name());
    }

    /** The discipline a tag belongs to, or null for tags anyone may have. */
    Discipline disciplineOf(String tag) {
        return disciplineByTag.get(tag);
    }

    private static List<Discipline> disciplines(List<String> lines) {
        List<Discipline> disciplines = new ArrayList<>();
        String name = null;
        int weight = 0;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                if (name != null) {
                    disciplines.add(discipline(name, weight, fields));
                }
                name = section.group(1).strip();
                weight = Integer.parseInt(section.group(2));
                fields = new LinkedHashMap<>();
            } else {
                int colon = line.indexOf(':');
                fields.put(
                        line.substring(0, colon).strip(),
                        Arrays.stream(line.substring(colon + 1).split(";"))
                                .map(String::strip)
                                .toList());
            }
        }
        disciplines.add(discipline(name, weight, fields));
        return List.copyOf(disciplines);
    }

    private static Discipline discipline(String name, int weight, Map<String, List<String>> fields) {
        return new Discipline(
                name,
                weight,
                fields.get("areas"),
                fields.get("titles"),
                fields.get("tags").stream().map(Tag::parse).toList());
    }

    /** The lines of a resource beside this class, without blank lines and # comments. */
    static List<String> lines(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
