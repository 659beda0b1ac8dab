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
 * Wikis at IBM's figures, in proportion to the people generated: 25,000 wikis with 250,000 pages for 400,000 people.
 * Two wikis are the benchmark's: one of {@link #LARGE} pages and one of {@link #SMALL}, so that a page of a big wiki is
 * measured beside a page of a small one. Of the others, a few communities' handbooks hold most pages, and most wikis a
 * handful. Pages form trees a few levels deep, have a few revisions each, link to two other pages of their wiki (one in
 * ten also to a page nobody wrote yet), and one in ten has a file. Only numbers and titles here; texts are written
 * while they are copied.
 */
final class Wikis {

    /** Pages of the benchmark's large wiki (fewer when fewer people are generated). */
    static final int LARGE = 5_000;

    /** Pages of the benchmark's small wiki. */
    static final int SMALL = 5;

    /** A wiki; {@code community} is a community's number for a community's wiki, or -1. */
    record Wiki(int number, int community, int owner, boolean openToAll, Instant createdAt, String name) {}

    /** Someone named in a wiki of its own. */
    record Member(int wiki, int person, String role) {}

    /**
     * A page; {@code parent} is a page's number or -1 for the top; {@code links} are numbers of pages of the same wiki
     * it links to; {@code wanted} a title it links to that no page has, or null.
     */
    record Page(
            int number,
            int wiki,
            int parent,
            String title,
            int revisions,
            int author,
            Instant createdAt,
            boolean template,
            List<Integer> links,
            String wanted) {}

    /** A file on a page, in one version. */
    record Attachment(int number, int page, int uploader, String name) {}

    record Generated(List<Wiki> wikis, List<Member> members, List<Page> pages, List<Attachment> attachments) {}

    private static final String[] EN_KINDS = {
        "Overview", "Getting started", "How we work", "FAQ", "Checklist", "Meeting notes", "Decisions", "Glossary"
    };
    private static final String[] DE_KINDS = {
        "Überblick", "Erste Schritte", "So arbeiten wir", "FAQ", "Checkliste", "Protokoll", "Entscheidungen", "Glossar"
    };

    private Wikis() {}

    static Generated generate(
            List<Person> people, Communities.Generated communities, Vocabulary vocabulary, Draw draw) {
        int count = people.size();
        int wikiCount = Math.max(3, count / 16);
        int pageCount = Math.max(wikiCount + LARGE / 10, count * 5 / 8);
        int large = Math.min(LARGE, pageCount / 4);

        Map<Integer, List<Integer>> members = new HashMap<>();
        communities.memberships().stream()
                .filter(membership -> "ACTIVE".equals(membership.status()))
                .forEach(membership -> members.computeIfAbsent(membership.community(), c -> new ArrayList<>())
                        .add(membership.person()));
        List<Integer> withMembers = new ArrayList<>(members.keySet());
        withMembers.sort(null);

        // the two benchmark wikis first, then communities' wikis (two in five), then people's own
        List<Wiki> wikis = new ArrayList<>(wikiCount);
        List<Member> named = new ArrayList<>();
        Set<Integer> withWiki = new HashSet<>();
        for (int number = 0; number < wikiCount; number++) {
            boolean ofCommunity = number >= 2 && draw.chance(0.4) && number / 2 < withMembers.size();
            int community = ofCommunity ? withMembers.get(draw.below(withMembers.size())) : -1;
            if (ofCommunity && !withWiki.add(community)) {
                ofCommunity = false;
            }
            int owner = ofCommunity ? communities.communities().get(community).creator() : draw.below(count);
            boolean openToAll = !ofCommunity && (number < 2 || draw.chance(0.85));
            Instant created = draw.between(
                    Timeline.later(Timeline.ROLLOUT, people.get(owner).createdAt()), Timeline.END);
            String topic = vocabulary.commonTags.pick(draw).display();
            String name = switch (number) {
                case 0 -> "Handbook " + topic;
                case 1 -> "Team notes " + topic;
                default ->
                    ofCommunity ? communities.communities().get(community).name() : topic + " wiki " + number;
            };
            wikis.add(new Wiki(number, ofCommunity ? community : -1, owner, openToAll, created, name));
            if (!ofCommunity) {
                named.add(new Member(number, owner, "OWNER"));
                if (!openToAll) {
                    Set<Integer> seen = new HashSet<>(List.of(owner));
                    for (int i = 0; i < 6; i++) {
                        int person = draw.below(count);
                        if (seen.add(person)) {
                            named.add(new Member(number, person, i < 2 ? "EDITOR" : "READER"));
                        }
                    }
                }
            }
        }

        // pages per wiki: the benchmark's two, at least one each, the rest to the busy ones
        int[] pagesOf = new int[wikiCount];
        pagesOf[0] = large;
        pagesOf[1] = SMALL;
        int left = pageCount - large - SMALL;
        for (int number = 2; number < wikiCount; number++) {
            pagesOf[number] = 1;
            left--;
        }
        List<Integer> others = new ArrayList<>();
        for (int number = 2; number < wikiCount; number++) {
            others.add(number);
        }
        Weighted<Integer> busy = Weighted.byRank(shuffled(others, draw));
        for (; left > 0; left--) {
            pagesOf[busy.pick(draw)]++;
        }

        List<Page> pages = new ArrayList<>(pageCount);
        for (Wiki wiki : wikis) {
            List<Integer> writers = wiki.community() >= 0 ? members.get(wiki.community()) : null;
            int first = pages.size();
            Set<String> titles = new HashSet<>();
            for (int i = 0; i < pagesOf[wiki.number()]; i++) {
                int number = pages.size();
                int author = writers != null && !writers.isEmpty()
                        ? writers.get(draw.below(writers.size()))
                        : (draw.chance(0.7) ? wiki.owner() : draw.below(count));
                int parent = i < 10 || draw.chance(0.05) ? -1 : first + draw.below(i);
                Person writer = people.get(author);
                String[] kinds = writer.location().language() == Language.DE ? DE_KINDS : EN_KINDS;
                String title = vocabulary.commonTags.pick(draw).display() + ": " + kinds[draw.below(kinds.length)];
                if (!titles.add(title.toLowerCase(Locale.ROOT))) {
                    title = title + " " + (i + 1);
                    titles.add(title.toLowerCase(Locale.ROOT));
                }
                Instant created = draw.between(wiki.createdAt(), Timeline.later(wiki.createdAt(), Timeline.END));
                pages.add(new Page(
                        number,
                        wiki.number(),
                        parent,
                        title,
                        draw.heavyTailed(1, 1.6, 40),
                        author,
                        created,
                        draw.chance(0.01),
                        new ArrayList<>(),
                        null));
            }
            // two links each to pages of the same wiki, one in ten to a page not written yet
            int size = pagesOf[wiki.number()];
            for (int i = 0; i < size && size > 1; i++) {
                Page page = pages.get(first + i);
                for (int link = 0; link < 2; link++) {
                    int target = first + draw.below(size);
                    if (target != page.number() && !page.links().contains(target)) {
                        page.links().add(target);
                    }
                }
                if (draw.chance(0.1)) {
                    pages.set(first + i, withWanted(page, "Open question " + draw.below(size)));
                }
            }
        }

        List<Attachment> attachments = new ArrayList<>(pageCount / 10);
        for (int number = 0; number < pageCount / 10; number++) {
            Page page = pages.get(draw.below(pages.size()));
            attachments.add(new Attachment(
                    number, page.number(), page.author(), "notes-" + page.number() + "-" + number + ".txt"));
        }
        return new Generated(wikis, named, pages, attachments);
    }

    private static Page withWanted(Page page, String wanted) {
        return new Page(
                page.number(),
                page.wiki(),
                page.parent(),
                page.title(),
                page.revisions(),
                page.author(),
                page.createdAt(),
                page.template(),
                page.links(),
                wanted);
    }

    /**
     * The Markdown of a page's revision: every revision has the same sections, and each later one adds a sentence to
     * the last, so that a diff between two revisions shows what a real edit does.
     */
    static String text(Page page, int revision, List<Page> pages, Person author, long seed) {
        Draw draw = new Draw(seed, "wiki page " + page.number());
        boolean german = author.location().language() == Language.DE;
        StringBuilder text = new StringBuilder();
        text.append("# ").append(page.title()).append("\n\n");
        text.append(
                        german
                                ? "Diese Seite beschreibt, wie das Team hier vorgeht. Fragen und Ergänzungen sind willkommen."
                                : "This page describes how the team goes about this. Questions and additions are welcome.")
                .append("\n\n");
        text.append(german ? "## Siehe auch" : "## See also").append("\n\n");
        for (int link : page.links()) {
            text.append("- [[").append(pages.get(link).title()).append("]]\n");
        }
        if (page.wanted() != null) {
            text.append("- [[").append(page.wanted()).append("]]\n");
        }
        text.append('\n').append(german ? "## Stand" : "## Status").append("\n\n");
        text.append(
                        german
                                ? "| Punkt | Wer |\n|---|---|\n| Einführung | Team |\n| Pflege | "
                                : "| Item | Who |\n|---|---|\n| Introduction | Team |\n| Upkeep | ")
                .append(author.displayName())
                .append(" |\n\n");
        for (int sentence = 1; sentence <= revision; sentence++) {
            text.append(
                            german
                                    ? "Ergänzt in Version " + sentence + ": ein weiterer Schritt, der sich bewährt hat."
                                    : "Added in revision " + sentence + ": one more step that proved itself.")
                    .append(draw.chance(0.5) ? " " : "\n\n");
        }
        return text.toString().strip() + "\n";
    }

    private static <T> List<T> shuffled(List<T> items, Draw draw) {
        int[] order = draw.shuffled(items.size());
        List<T> shuffled = new ArrayList<>(items.size());
        for (int index : order) {
            shuffled.add(items.get(index));
        }
        return shuffled;
    }
}
