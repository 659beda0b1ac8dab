package org.werkraum.bench.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Communities as they grow in a large company: mostly topics, then team rooms of org units, projects, interests and
 * sites. Member counts are heavy-tailed (Pareto): most communities have 3 to 30 members, a few have thousands.
 * Members come mostly from the community's own circle (the people with its topic as expertise, its unit, its
 * division, its site), the rest from anywhere. Most communities are public; team rooms and projects are often
 * restricted. Every community has its creator as an owner, large ones a few more; moderated ones have some open
 * requests, restricted ones some open invitations.
 */
final class Communities {

    record Generated(List<Community> communities, List<Membership> memberships) {}

    /** A kind of community, how often it occurs, and how many of its kind are public and moderated (percent). */
    private enum Kind {
        TOPIC(59, 85, 10),
        TEAM_ROOM(20, 55, 15),
        PROJECT(10, 25, 20),
        INTEREST(8, 90, 10),
        SITE(3, 95, 5);

        final int weight;
        final int publicShare;
        final int moderatedShare;

        Kind(int weight, int publicShare, int moderatedShare) {
            this.weight = weight;
            this.publicShare = publicShare;
            this.moderatedShare = moderatedShare;
        }
    }

    /** People to draw members from: a unit's range of person numbers, or a list of them. */
    private record Pool(int size, IntUnaryOperator person) {

        static Pool range(int from, int to) {
            return new Pool(to - from, i -> from + i);
        }

        static Pool of(List<Integer> people) {
            return new Pool(people.size(), people::get);
        }
    }

    /**
     * A community before its type and members are drawn: where its members mostly come from (poolShare of them
     * from pool), and how many it gets.
     */
    private record Draft(
            String name,
            String description,
            Unit unit,
            Person creator,
            List<String> tags,
            Pool pool,
            double poolShare,
            int size) {

        Draft renamed(String newName) {
            return new Draft(newName, description, unit, creator, tags, pool, poolShare, size);
        }
    }

    private static final List<String> TOPIC_NAMES_EN = List.of(
            "%s Community",
            "%s Guild",
            "%s Community of Practice",
            "%s Network",
            "%s Forum",
            "%s User Group",
            "%s Circle",
            "%s Champions",
            "%s Lab",
            "%s Knowledge Exchange");
    private static final List<String> TOPIC_NAMES_DE =
            List.of("%s Community", "%s Netzwerk", "%s Stammtisch", "Arbeitskreis %s", "Forum %s", "Austausch %s");
    private static final List<String> TEAM_ROOM_NAMES_EN = List.of("%s", "%s Team Room", "%s News");
    private static final List<String> TEAM_ROOM_NAMES_DE = List.of("Teamraum %s", "%s");
    private static final List<String> SITE_NAMES_EN =
            List.of("%s Office", "%s Campus", "Site News %s", "Newcomers in %s", "Desk Sharing %s", "Events in %s");
    private static final List<String> SITE_NAMES_DE =
            List.of("Standort %s", "Neu in %s", "Kantine %s", "Veranstaltungen in %s");
    private static final List<String> PROJECT_SUFFIXES =
            List.of("", "", "", " II", " 2027", " Pilot", " Rollout", " Phase 2");
    private static final Duration OPEN_REQUESTS = Duration.ofDays(60);

    private final List<Person> people;
    private final Vocabulary vocabulary;
    private final UniqueNames names;
    private final Draw draw;
    private final Weighted<Kind> kinds = Weighted.of(Arrays.asList(Kind.values()), kind -> kind.weight);
    private final Pool everyone;
    private final int largest;
    private final List<Integer> peopleWithExpertise = new ArrayList<>();
    private final Map<String, List<Integer>> peopleByTag = new HashMap<>();
    private final Map<String, List<Integer>> peopleBySite = new HashMap<>();

    private Communities(List<Person> people, Vocabulary vocabulary, UniqueNames names, Draw draw) {
        this.people = people;
        this.vocabulary = vocabulary;
        this.names = names;
        this.draw = draw;
        this.everyone = Pool.range(0, people.size());
        // the biggest communities reach a fifteenth of the company, like "Java" or "Stuttgart Campus"
        this.largest = Math.max(3, people.size() / 15);
        for (Person person : people) {
            if (!person.expertise().isEmpty()) {
                peopleWithExpertise.add(person.number());
            }
            for (String tag : person.expertise()) {
                peopleByTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(person.number());
            }
            peopleBySite
                    .computeIfAbsent(person.location().name(), site -> new ArrayList<>())
                    .add(person.number());
        }
    }

    /**
     * @param existingNames names of communities in the database; generated names differ from them and each other
     */
    static Generated generate(
            int count, List<Person> people, Vocabulary vocabulary, List<String> existingNames, Draw draw) {
        return new Communities(people, vocabulary, new UniqueNames(existingNames), draw).generate(count);
    }

    private Generated generate(int count) {
        List<Community> communities = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        for (int number = 0; number < count; number++) {
            Kind kind = kinds.pick(draw);
            Draft draft = names.next(
                    () -> switch (kind) {
                        case TOPIC -> topic();
                        case TEAM_ROOM -> teamRoom();
                        case PROJECT -> project();
                        case INTEREST -> interest();
                        case SITE -> site();
                    },
                    Draft::name,
                    Draft::renamed);
            Instant created = draw.between(
                    Timeline.later(draft.creator().createdAt(), Timeline.ROLLOUT_DONE),
                    Timeline.END.minus(Duration.ofDays(7)));
            Community community = new Community(
                    number,
                    draft.name(),
                    draft.description(),
                    type(kind),
                    draft.unit(),
                    draft.creator().number(),
                    created,
                    draft.tags());
            communities.add(community);
            addMemberships(community, members(draft), memberships);
        }
        return new Generated(List.copyOf(communities), List.copyOf(memberships));
    }

    /** A topic one of its experts started, joined mostly by people with the same expertise. */
    private Draft topic() {
        Person creator = people.get(peopleWithExpertise.isEmpty() ? 0 : draw.any(peopleWithExpertise));
        Vocabulary.Tag topic = creator.expertise().isEmpty()
                ? draw.any(vocabulary.allTags)
                : vocabulary.tag(draw.any(creator.expertise()));
        Language language = language(creator.location(), 0.5);
        String name =
                String.format(draw.any(language == Language.DE ? TOPIC_NAMES_DE : TOPIC_NAMES_EN), topic.display());
        if (draw.chance(0.3)) {
            name += " " + creator.location().name();
        }
        String description = language == Language.DE
                ? "Austausch rund um " + topic.display() + ": Fragen, Erfahrungen, Termine und Ansprechpartner."
                : "Everything about " + topic.display()
                        + ": questions, good examples, events and the people who know their way around.";
        Set<String> tags = new LinkedHashSet<>(List.of(topic.name()));
        Vocabulary.Discipline discipline = vocabulary.disciplineOf(topic.name());
        for (int related = draw.below(3); discipline != null && related > 0; related--) {
            tags.add(vocabulary.tagsOf(discipline).pick(draw).name());
        }
        return new Draft(
                name,
                description,
                null,
                creator,
                List.copyOf(tags),
                Pool.of(peopleByTag.getOrDefault(topic.name(), List.of())),
                0.7,
                draw.heavyTailed(3, 0.8, largest));
    }

    /** The room of an org unit, owned by its manager; units with more people get more rooms. */
    private Draft teamRoom() {
        Unit unit = draw.any(people).unit();
        while (unit.parent != null && draw.chance(0.3)) {
            unit = unit.parent;
        }
        Language language = language(unit.location, 0.6);
        String qualified = unit.parent == null ? unit.name : unit.name + " – " + unit.parent.name;
        String name =
                String.format(draw.any(language == Language.DE ? TEAM_ROOM_NAMES_DE : TEAM_ROOM_NAMES_EN), qualified);
        String description = language == Language.DE
                ? "Teamraum von " + unit.name + ": Neuigkeiten, Planung und Dokumente für alle in " + unit.name + "."
                : "The room of " + unit.name + ": news, plans and documents for everyone in " + unit.name + ".";
        int size = unit.kind == Unit.Kind.TEAM
                ? (int) Math.round(unit.subtreeSize() * (0.6 + 0.4 * draw.fraction()))
                : draw.heavyTailed(3, 0.8, unit.subtreeSize());
        String discipline = unit.discipline == null ? "management" : Ascii.slug(unit.discipline.name());
        return new Draft(
                name,
                description,
                unit,
                people.get(unit.head()),
                List.of("team", discipline),
                Pool.range(unit.firstPerson, unit.subtreeEnd),
                0.9,
                size);
    }

    /** A project of one division, mostly staffed from there. */
    private Draft project() {
        Person creator = draw.any(people);
        Unit division = creator.unit().division();
        Language language = language(creator.location(), 0.5);
        String name = (language == Language.DE ? "Projekt " : "Project ")
                + draw.any(vocabulary.codenames)
                + draw.any(PROJECT_SUFFIXES);
        String description = language == Language.DE
                ? "Projektraum: Pläne, Entscheidungen und Status."
                : "Project room: plans, decisions and status.";
        Set<String> tags = new LinkedHashSet<>(List.of("project"));
        if (creator.unit().discipline != null) {
            tags.add(vocabulary.tagsOf(creator.unit().discipline).pick(draw).name());
        }
        return new Draft(
                name,
                description,
                null,
                creator,
                List.copyOf(tags),
                Pool.range(division.firstPerson, division.subtreeEnd),
                0.8,
                draw.heavyTailed(3, 1.0, Math.min(500, largest)));
    }

    /** Hobbies and networks, mostly of one site ("Running Club Stuttgart"), a few company-wide. */
    private Draft interest() {
        Person creator = draw.any(people);
        String site = creator.location().name();
        String interest = draw.any(vocabulary.interests);
        boolean local = draw.chance(0.9);
        String name = local ? interest + " " + site : interest;
        String description = language(creator.location(), 0.6) == Language.DE
                ? "Treffen, Tipps und Fotos: " + name + "."
                : "Meet-ups, tips and photos: " + name + ".";
        return new Draft(
                name,
                description,
                null,
                creator,
                local ? List.of(Ascii.slug(interest), Ascii.slug(site)) : List.of(Ascii.slug(interest)),
                local ? Pool.of(peopleBySite.get(site)) : everyone,
                0.85,
                draw.heavyTailed(3, 0.8, largest));
    }

    /** News and practical matters of one site, for the people working there. */
    private Draft site() {
        Person creator = draw.any(people);
        Vocabulary.Location site = creator.location();
        Language language = language(site, 0.7);
        String name = String.format(draw.any(language == Language.DE ? SITE_NAMES_DE : SITE_NAMES_EN), site.name());
        String description = language == Language.DE
                ? "Neuigkeiten, Veranstaltungen und Praktisches für alle Kolleginnen und Kollegen in " + site.name()
                        + "."
                : "News, events and practical information for everyone working in " + site.name() + ".";
        return new Draft(
                name,
                description,
                null,
                creator,
                List.of(Ascii.slug(site.name()), "site"),
                Pool.of(peopleBySite.get(site.name())),
                0.95,
                draw.heavyTailed(3, 0.6, largest));
    }

    /** German for some communities at German-speaking sites, English everywhere else. */
    private Language language(Vocabulary.Location location, double germanShare) {
        return location.language() == Language.DE && draw.chance(germanShare) ? Language.DE : Language.EN;
    }

    private String type(Kind kind) {
        int percent = draw.below(100);
        if (percent < kind.publicShare) {
            return "PUBLIC";
        }
        return percent < kind.publicShare + kind.moderatedShare ? "MODERATED" : "RESTRICTED";
    }

    /** The creator first, then distinct people: the draft's share from its pool, the rest from anyone. */
    private List<Integer> members(Draft draft) {
        int size = Math.max(1, Math.min(draft.size(), people.size()));
        Set<Integer> chosen = new LinkedHashSet<>(List.of(draft.creator().number()));
        int fromPool = (int) Math.min(draft.pool().size(), Math.round((size - 1) * draft.poolShare()));
        addDistinct(chosen, draft.pool(), fromPool);
        addDistinct(chosen, everyone, size - chosen.size());
        return List.copyOf(chosen);
    }

    private void addDistinct(Set<Integer> chosen, Pool pool, int wanted) {
        if (wanted <= 0 || pool.size() == 0) {
            return;
        }
        int target = chosen.size() + wanted;
        if (2L * wanted > pool.size()) {
            // most of the pool is wanted: walk it in random order rather than drawing repeats
            for (int i : draw.shuffled(pool.size())) {
                if (chosen.size() >= target) {
                    return;
                }
                chosen.add(pool.person().applyAsInt(i));
            }
        } else {
            for (int attempt = 0; chosen.size() < target && attempt < 20 * wanted; attempt++) {
                chosen.add(pool.person().applyAsInt(draw.below(pool.size())));
            }
        }
    }

    private void addMemberships(Community community, List<Integer> members, List<Membership> memberships) {
        int size = members.size();
        int extraOwners;
        if (size >= 1000) {
            extraOwners = draw.between(2, 4);
        } else if (size >= 50) {
            extraOwners = draw.between(1, 2);
        } else {
            extraOwners = size >= 10 && draw.chance(0.3) ? 1 : 0;
        }
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int person = members.get(i);
            Instant joinable =
                    Timeline.later(community.createdAt(), people.get(person).createdAt());
            if (i <= extraOwners) {
                owners.add(person);
                Instant since = i == 0 ? community.createdAt() : draw.between(joinable, Timeline.END);
                memberships.add(new Membership(community.number(), person, "OWNER", "ACTIVE", -1, since));
                continue;
            }
            String status = pendingOrActive(community.type());
            Instant since = status.equals("ACTIVE")
                    ? draw.between(joinable, Timeline.END)
                    : draw.between(Timeline.later(joinable, Timeline.END.minus(OPEN_REQUESTS)), Timeline.END);
            // restricted communities are joined by invitation only, and the invitation stays on record
            int invitedBy = community.type().equals("RESTRICTED") ? draw.any(owners) : -1;
            memberships.add(new Membership(community.number(), person, "MEMBER", status, invitedBy, since));
        }
    }

    /** Moderated communities have some open requests to join, restricted ones some open invitations. */
    private String pendingOrActive(String type) {
        return switch (type) {
            case "MODERATED" -> draw.chance(0.04) ? "REQUESTED" : "ACTIVE";
            case "RESTRICTED" -> draw.chance(0.05) ? "INVITED" : "ACTIVE";
            default -> "ACTIVE";
        };
    }
}
