package org.werkraum.bench.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The people of the org tree. Every unit's first person is its manager; everyone else in the unit reports to him,
 * and he reports to the manager of the unit above. Most people work where their unit is and have names of its
 * language; titles and expertise follow the unit's discipline.
 */
final class People {

    private static final List<String> STAFF_TITLES = List.of(
            "Executive Assistant",
            "Chief of Staff",
            "Business Operations Manager",
            "Strategy Manager",
            "Program Manager",
            "Office Manager");
    /** How many tags people list: nobody 8 %, one 12 %, …, six 7 %; about three on average. */
    private static final double[] EXPERTISE_COUNTS = {0.08, 0.12, 0.20, 0.25, 0.18, 0.10, 0.07};

    private final Vocabulary vocabulary;
    private final Names names;
    private final Logins logins;
    private final Draw draw;

    private People(Vocabulary vocabulary, Names names, Logins logins, Draw draw) {
        this.vocabulary = vocabulary;
        this.names = names;
        this.logins = logins;
        this.draw = draw;
    }

    static List<Person> generate(OrgTree tree, Vocabulary vocabulary, Names names, Logins logins, Draw draw) {
        return new People(vocabulary, names, logins, draw).generate(tree);
    }

    private List<Person> generate(OrgTree tree) {
        List<Person> people = new ArrayList<>();
        for (Unit unit : tree.units()) {
            for (int i = 0; i < unit.staff; i++) {
                people.add(person(people.size(), unit, i == 0));
            }
        }
        return List.copyOf(people);
    }

    private Person person(int number, Unit unit, boolean head) {
        // a few people work away from their unit's site
        Vocabulary.Location location =
                head || draw.chance(0.9) ? unit.location : vocabulary.locationsByWeight.pick(draw);
        Language language =
                draw.chance(0.85) ? location.language() : location.language().other();
        Names.Name name = names.pick(language, draw);
        String title = head ? headTitle(unit) : memberTitle(unit);
        List<String> expertise = expertise(unit.discipline != null ? unit.discipline : anyDiscipline());
        List<String> roles = new ArrayList<>(List.of("EMPLOYEE"));
        if (head && (unit.kind == Unit.Kind.DIVISION || unit.kind == Unit.Kind.COMPANY)) {
            roles.add("EXECUTIVE");
        }
        if (draw.chance(1.0 / 400)) {
            roles.add("COACH");
        }
        if (draw.chance(1.0 / 700)) {
            roles.add("MODERATOR");
        }
        return new Person(
                number,
                logins.next(name),
                name.display(),
                title,
                unit,
                location,
                head ? (unit.parent == null ? -1 : unit.parent.head()) : unit.head(),
                draw.chance(0.35) ? bio(language, title, unit, location, expertise) : null,
                // most accounts came with the roll-out's directory import, the rest with later hires
                draw.chance(0.75)
                        ? draw.between(Timeline.ROLLOUT, Timeline.ROLLOUT_DONE)
                        : draw.between(Timeline.ROLLOUT_DONE, Timeline.END),
                List.copyOf(roles),
                expertise);
    }

    private static String headTitle(Unit unit) {
        return switch (unit.kind) {
            case COMPANY -> "Chief Executive Officer";
            case DIVISION -> "Executive Vice President " + unit.name;
            case DEPARTMENT ->
                unit.parent.kind == Unit.Kind.DIVISION ? "Head of " + unit.name : "Director " + unit.name;
            case TEAM -> "Team Lead " + unit.name.replaceFirst("^Team ", "");
        };
    }

    private String memberTitle(Unit unit) {
        if (unit.kind != Unit.Kind.TEAM) {
            return draw.any(STAFF_TITLES);
        }
        // the titles are listed most common first
        List<String> titles = unit.discipline.titles();
        return titles.get(Math.min(draw.below(titles.size()), draw.below(titles.size())));
    }

    private Vocabulary.Discipline anyDiscipline() {
        return vocabulary.disciplinesByWeight.pick(draw);
    }

    /** Tags mostly of the person's own discipline, some anyone may have, a few of other disciplines. */
    private List<String> expertise(Vocabulary.Discipline discipline) {
        int wanted = expertiseCount();
        Set<String> tags = new LinkedHashSet<>();
        for (int attempt = 0; tags.size() < wanted && attempt < 4 * wanted; attempt++) {
            double kind = draw.fraction();
            Vocabulary.Tag tag = kind < 0.7
                    ? vocabulary.tagsOf(discipline).pick(draw)
                    : kind < 0.85 ? vocabulary.commonTags.pick(draw) : draw.any(vocabulary.allTags);
            tags.add(tag.name());
        }
        return List.copyOf(tags);
    }

    private int expertiseCount() {
        double point = draw.fraction();
        for (int count = 0; count < EXPERTISE_COUNTS.length; count++) {
            point -= EXPERTISE_COUNTS[count];
            if (point < 0) {
                return count;
            }
        }
        return EXPERTISE_COUNTS.length - 1;
    }

    private String bio(
            Language language, String title, Unit unit, Vocabulary.Location location, List<String> expertise) {
        String where = title + " in " + unit.name + ", " + location.name() + ".";
        if (expertise.isEmpty()) {
            return where;
        }
        String topics = expertise.size() == 1
                ? display(expertise.get(0))
                : display(expertise.get(0)) + (language == Language.DE ? " und " : " and ") + display(expertise.get(1));
        return where + (language == Language.DE ? " Fragen Sie mich zu " : " Ask me about ") + topics + ".";
    }

    private String display(String tag) {
        return vocabulary.tag(tag).display();
    }
}
