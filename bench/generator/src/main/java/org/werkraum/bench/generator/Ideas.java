package org.werkraum.bench.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ideation in proportion to the people generated: every community has its own board, and of 400,000 people's
 * communities the busy ones collect 20,000 ideas from their members, 100,000 votes (at most five open ones per person
 * and board, as the application allows) and 20,000 comments; a few ideas draw most of the votes, and the owners have
 * decided on about a third of them. Only numbers here; texts are written while they are copied.
 */
final class Ideas {

    /** Open votes a person has on a board: the application's default. */
    static final int VOTE_LIMIT = 5;

    /** An idea on the board of community {@code community} (a number), by member {@code author}. */
    record Idea(int number, int community, int author, Instant createdAt, String status, List<String> tags) {}

    /** A vote for an idea (by number) by a person (by number). */
    record Vote(int idea, int person) {}

    /** A comment on an idea (by number). */
    record Comment(int number, int idea, int author, Instant createdAt) {}

    record Generated(List<Idea> ideas, List<Vote> votes, List<Comment> comments) {}

    private static final String[] STATUSES = {"NEW", "UNDER_REVIEW", "ACCEPTED", "DONE", "DECLINED"};
    private static final double[] STATUS_SHARES = {0.66, 0.12, 0.09, 0.08, 0.05};

    private static final String[] EN_TITLES = {
        "Use %s for our weekly report",
        "A %s guild for newcomers",
        "Share %s results every month",
        "Try %s in one team first",
        "Bring %s to the customer workshops"
    };
    private static final String[] DE_TITLES = {
        "%s für den Wochenbericht nutzen",
        "Eine %s-Gilde für Neue",
        "%s-Ergebnisse jeden Monat teilen",
        "%s zuerst in einem Team ausprobieren",
        "%s in die Kundenworkshops bringen"
    };
    private static final String[] EN_TEXTS = {
        "We spend hours on this every week. With %s it would take minutes.",
        "Two teams tried %s already and both want to keep it.",
        "It costs little to start: one afternoon to set up %s and a short guide."
    };
    private static final String[] DE_TEXTS = {
        "Wir verbringen jede Woche Stunden damit. Mit %s wären es Minuten.",
        "Zwei Teams haben %s schon ausprobiert und wollen es behalten.",
        "Der Anfang kostet wenig: ein Nachmittag, um %s einzurichten, und eine kurze Anleitung."
    };
    private static final String[] EN_COMMENTS = {"+1, we need this.", "Who would own %s?", "Let us start small."};
    private static final String[] DE_COMMENTS = {
        "+1, brauchen wir.", "Wer kümmert sich um %s?", "Lasst uns klein anfangen."
    };

    private Ideas() {}

    static Generated generate(
            List<Person> people, Communities.Generated communities, Vocabulary vocabulary, Draw draw) {
        int count = people.size();
        int ideaCount = count / 20;
        int voteCount = count / 4;
        int commentCount = count / 20;

        Map<Integer, List<Integer>> members = new HashMap<>();
        communities.memberships().stream()
                .filter(membership -> "ACTIVE".equals(membership.status()))
                .forEach(membership -> members.computeIfAbsent(membership.community(), c -> new ArrayList<>())
                        .add(membership.person()));
        List<Integer> withMembers = new ArrayList<>(members.keySet());
        withMembers.sort(null);
        if (withMembers.isEmpty()) {
            return new Generated(List.of(), List.of(), List.of());
        }
        // the busy communities collect most ideas
        Weighted<Integer> busy = Weighted.byRank(shuffled(withMembers, draw));
        Instant start = Timeline.ROLLOUT;
        List<Idea> ideas = new ArrayList<>(ideaCount);
        for (int number = 0; number < ideaCount; number++) {
            int community = busy.pick(draw);
            List<Integer> crowd = members.get(community);
            int author = crowd.get(draw.below(crowd.size()));
            Instant created =
                    draw.between(Timeline.later(start, people.get(author).createdAt()), Timeline.END);
            List<String> tags = new ArrayList<>();
            tags.add(vocabulary.commonTags.pick(draw).name());
            ideas.add(new Idea(number, community, author, created, status(draw), tags));
        }

        Map<Integer, List<Integer>> ideasOf = new HashMap<>();
        ideas.forEach(idea -> ideasOf.computeIfAbsent(idea.community(), c -> new ArrayList<>())
                .add(idea.number()));
        Weighted<Idea> popular = Weighted.byRank(shuffled(ideas, draw));
        Set<Long> given = new HashSet<>(voteCount * 2);
        Map<Long, Integer> openVotes = new HashMap<>();
        List<Vote> votes = new ArrayList<>(voteCount);
        for (int attempt = 0; votes.size() < voteCount && attempt < voteCount * 4; attempt++) {
            Idea idea = popular.pick(draw);
            List<Integer> crowd = members.get(idea.community());
            int person = crowd.get(draw.below(crowd.size()));
            long board = (long) idea.community() * count + person;
            boolean open = isOpen(idea.status());
            if (open && openVotes.getOrDefault(board, 0) >= VOTE_LIMIT) {
                continue;
            }
            if (given.add((long) idea.number() * count + person)) {
                votes.add(new Vote(idea.number(), person));
                if (open) {
                    openVotes.merge(board, 1, Integer::sum);
                }
            }
        }

        List<Comment> comments = new ArrayList<>(commentCount);
        for (int number = 0; number < commentCount; number++) {
            Idea idea = popular.pick(draw);
            List<Integer> crowd = members.get(idea.community());
            comments.add(new Comment(
                    number,
                    idea.number(),
                    crowd.get(draw.below(crowd.size())),
                    draw.between(idea.createdAt(), Timeline.later(idea.createdAt(), Timeline.END))));
        }
        return new Generated(ideas, votes, comments);
    }

    static boolean isOpen(String status) {
        return "NEW".equals(status) || "UNDER_REVIEW".equals(status) || "ACCEPTED".equals(status);
    }

    private static String status(Draw draw) {
        double at = draw.fraction();
        for (int i = 0; i < STATUSES.length; i++) {
            at -= STATUS_SHARES[i];
            if (at < 0) {
                return STATUSES[i];
            }
        }
        return STATUSES[0];
    }

    private static <T> List<T> shuffled(List<T> items, Draw draw) {
        int[] order = draw.shuffled(items.size());
        List<T> shuffled = new ArrayList<>(items.size());
        for (int index : order) {
            shuffled.add(items.get(index));
        }
        return shuffled;
    }

    static String title(Idea idea, Person author, Vocabulary vocabulary, long seed) {
        Draw draw = new Draw(seed, "idea title " + idea.number());
        String[] titles = author.location().language() == Language.DE ? DE_TITLES : EN_TITLES;
        return String.format(
                Locale.ROOT,
                titles[draw.below(titles.length)],
                vocabulary.tag(idea.tags().get(0)).display());
    }

    static String text(Idea idea, Person author, Vocabulary vocabulary, long seed) {
        Draw draw = new Draw(seed, "idea text " + idea.number());
        String[] texts = author.location().language() == Language.DE ? DE_TEXTS : EN_TEXTS;
        String topic = vocabulary.tag(idea.tags().get(0)).display();
        return String.format(Locale.ROOT, texts[draw.below(texts.length)], topic) + "\n\n"
                + String.format(Locale.ROOT, texts[draw.below(texts.length)], "**" + topic + "**");
    }

    /** The owners' note on a declined idea. */
    static String note(Idea idea, Person author) {
        return author.location().language() == Language.DE
                ? "Passt gerade nicht in die Planung; wir sehen es uns im nächsten Jahr wieder an."
                : "Does not fit this year's plan; we will look at it again next year.";
    }

    static String comment(Comment comment, Person author, Idea idea, Vocabulary vocabulary, long seed) {
        Draw draw = new Draw(seed, "idea comment " + comment.number());
        String[] texts = author.location().language() == Language.DE ? DE_COMMENTS : EN_COMMENTS;
        return String.format(
                Locale.ROOT,
                texts[draw.below(texts.length)],
                vocabulary.tag(idea.tags().get(0)).display());
    }
}
