package org.werkraum.bench.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Social bookmarks at IBM's scale, in proportion to the people generated: of 400,000 people 120,000 keep bookmarks,
 * 720,000 of them, on 240,000 intranet pages. A few people keep most, a few pages are kept by hundreds (the popular
 * ones), most by one; one in twelve is private. Each person keeps a page once.
 */
final class Bookmarks {

    /** A page kept, by its number: its address and the title its first keeper gave it. */
    record Page(int number, String address, String title, List<String> tags) {}

    /** A bookmark of person {@code person} (a person number) on page {@code page}. */
    record Bookmark(int person, int page, boolean personal, Instant createdAt, boolean described) {}

    record Generated(List<Page> pages, List<Bookmark> bookmarks) {}

    private static final String[] TITLES = {
        "%s: team site", "Guide to %s", "%s handbook", "%s – how we work", "Everything about %s", "%s FAQ"
    };

    private Bookmarks() {}

    static Generated generate(List<Person> people, Vocabulary vocabulary, Draw draw) {
        int count = people.size();
        int bookmarkCount = (int) Math.round(count * 720_000.0 / 400_000);
        int pageCount = Math.max(1, (int) Math.round(count * 240_000.0 / 400_000));
        int keeperCount = Math.max(1, (int) Math.round(count * 120_000.0 / 400_000));

        List<Page> pages = new ArrayList<>(pageCount);
        for (int number = 0; number < pageCount; number++) {
            List<String> tags = new ArrayList<>();
            int tagCount = draw.between(1, 3);
            for (int t = 0; t < tagCount; t++) {
                String tag = vocabulary.commonTags.pick(draw).name();
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            String topic = vocabulary.tag(tags.get(0)).display();
            pages.add(new Page(
                    number,
                    PreviousRun.BOOKMARKED + Ascii.fold(tags.get(0)).replaceAll("[^a-z0-9]+", "-") + "/" + number,
                    String.format(Locale.ROOT, TITLES[draw.below(TITLES.length)], topic),
                    tags));
        }
        int[] order = draw.shuffled(count);
        List<Integer> keepers = new ArrayList<>(keeperCount);
        for (int i = 0; i < keeperCount; i++) {
            keepers.add(order[i]);
        }
        Weighted<Integer> busyKeepers = Weighted.byRank(keepers);
        int[] pageOrder = draw.shuffled(pageCount);
        List<Integer> ranked = new ArrayList<>(pageCount);
        for (int page : pageOrder) {
            ranked.add(page);
        }
        Weighted<Integer> popularPages = Weighted.byRank(ranked);

        Set<Long> kept = new HashSet<>(bookmarkCount * 2);
        List<Bookmark> bookmarks = new ArrayList<>(bookmarkCount);
        for (int attempt = 0; bookmarks.size() < bookmarkCount && attempt < bookmarkCount * 3; attempt++) {
            // every page is kept at least once, every keeper keeps at least one; the rest by popularity and zeal
            int n = bookmarks.size();
            int page = n < pageCount ? n : popularPages.pick(draw);
            int person = n < keeperCount ? keepers.get(n) : busyKeepers.pick(draw);
            if (!kept.add((long) person * pageCount + page)) {
                continue;
            }
            Instant at = draw.between(
                    Timeline.later(Timeline.ROLLOUT, people.get(person).createdAt()), Timeline.END);
            bookmarks.add(new Bookmark(person, page, draw.chance(1.0 / 12), at, draw.chance(0.4)));
        }
        return new Generated(pages, bookmarks);
    }
}
