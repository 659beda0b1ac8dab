package org.werkraum.bench.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Blogs at IBM's scale, in proportion to the people generated: of 400,000 people 63,000 blog, with 100,000 posts and
 * 160,000 comments between them (IBM's 260,000 posts and comments), 400,000 likes on posts and 100,000 on comments.
 * Every blogger writes at least one post, a few write most of the others, and a few posts draw most of the comments and likes, as on any intranet.
 * Only the numbers are kept here; the texts are written while they are copied ({@link #postText}), from a draw of
 * their own, so that 100,000 posts never sit in memory at once.
 */
final class Blogs {

    /** A post of blogger {@code author} (a person number); texts are drawn from {@code number}. */
    record Post(int number, int author, Instant publishedAt, List<String> tags) {}

    /** A comment; {@code parent} is the number of the comment it answers, or -1. */
    record Comment(int number, int post, int parent, int author, Instant createdAt) {}

    /** A like: of a post or a comment (by number), by a person (by number). */
    record Like(int target, int person) {}

    record Generated(
            List<Integer> bloggers,
            List<Post> posts,
            List<Comment> comments,
            List<Like> postLikes,
            List<Like> commentLikes) {}

    private static final String[] EN_TITLES = {
        "What we learned about %s", "%s in practice", "Three notes on %s", "Why %s matters to us", "%s: a first look"
    };
    private static final String[] DE_TITLES = {
        "Was wir über %s gelernt haben",
        "%s in der Praxis",
        "Drei Gedanken zu %s",
        "Warum uns %s wichtig ist",
        "%s: ein erster Blick"
    };
    private static final String[] EN_SENTENCES = {
        "This quarter the team tried %s for the first time.",
        "It took longer than planned, but %s now runs in production.",
        "The hardest part was not %s itself but agreeing on how to use it.",
        "If you want to try %s, talk to us before you start.",
        "We wrote down every step, so that the next team needs half the time.",
        "Customers noticed the difference within two weeks."
    };
    private static final String[] DE_SENTENCES = {
        "In diesem Quartal hat das Team zum ersten Mal %s ausprobiert.",
        "Es hat länger gedauert als geplant, aber %s läuft jetzt in Produktion.",
        "Das Schwierigste war nicht %s selbst, sondern uns auf den Einsatz zu einigen.",
        "Wer %s ausprobieren möchte, spricht am besten vorher mit uns.",
        "Wir haben jeden Schritt aufgeschrieben, damit das nächste Team nur die halbe Zeit braucht.",
        "Die Kundschaft hat den Unterschied nach zwei Wochen bemerkt."
    };
    private static final String[] EN_COMMENTS = {
        "Thanks for sharing, this helps a lot.",
        "How did you convince the others to try %s?",
        "We had the same problem with %s last year.",
        "Great write-up!",
        "Could you present this in our next meeting?"
    };
    private static final String[] DE_COMMENTS = {
        "Danke fürs Teilen, das hilft sehr.", "Wie habt ihr die anderen von %s überzeugt?",
        "Dasselbe Problem hatten wir letztes Jahr mit %s.", "Toll geschrieben!",
        "Könntet ihr das in unserem nächsten Treffen vorstellen?"
    };

    private Blogs() {}

    static Generated generate(List<Person> people, Vocabulary vocabulary, Draw draw) {
        int count = people.size();
        int bloggerCount = Math.max(1, (int) Math.round(count * 63_000.0 / 400_000));
        int postCount = count / 4;
        int commentCount = count * 2 / 5;
        int postLikeCount = count;
        int commentLikeCount = count / 4;

        int[] order = draw.shuffled(count);
        List<Integer> bloggers = new ArrayList<>(bloggerCount);
        for (int i = 0; i < bloggerCount; i++) {
            bloggers.add(order[i]);
        }
        Weighted<Integer> busyBloggers = Weighted.byRank(bloggers);

        List<Post> posts = new ArrayList<>(postCount);
        for (int number = 0; number < postCount; number++) {
            // every blogger writes at least once; the rest of the posts go mostly to the busy few
            int author = number < bloggerCount ? bloggers.get(number) : busyBloggers.pick(draw);
            Person person = people.get(author);
            Instant published = draw.between(Timeline.later(Timeline.ROLLOUT, person.createdAt()), Timeline.END);
            List<String> tags = new ArrayList<>();
            int tagCount = draw.between(1, 3);
            for (int t = 0; t < tagCount; t++) {
                String tag = vocabulary.commonTags.pick(draw).name();
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            posts.add(new Post(number, author, published, tags));
        }

        Weighted<Post> discussedPosts = Weighted.byRank(shuffledCopy(posts, draw));
        List<Comment> comments = new ArrayList<>(commentCount);
        List<List<Integer>> topLevel = new ArrayList<>(postCount);
        for (int i = 0; i < postCount; i++) {
            topLevel.add(null);
        }
        for (int number = 0; number < commentCount; number++) {
            Post post = discussedPosts.pick(draw);
            List<Integer> threads = topLevel.get(post.number());
            int parent = threads != null && draw.chance(0.3) ? threads.get(draw.below(threads.size())) : -1;
            Instant at = draw.between(post.publishedAt(), Timeline.later(post.publishedAt(), Timeline.END));
            comments.add(new Comment(number, post.number(), parent, draw.below(count), at));
            if (parent < 0) {
                if (threads == null) {
                    threads = new ArrayList<>(2);
                    topLevel.set(post.number(), threads);
                }
                threads.add(number);
            }
        }

        List<Like> postLikes = likes(postLikeCount, Weighted.byRank(numbers(postCount, draw)), count, draw);
        List<Like> commentLikes = likes(commentLikeCount, Weighted.byRank(numbers(commentCount, draw)), count, draw);
        return new Generated(bloggers, posts, comments, postLikes, commentLikes);
    }

    /** Likes of the weighted targets by random people, each person once per target. */
    private static List<Like> likes(int count, Weighted<Integer> targets, int people, Draw draw) {
        Set<Long> given = new HashSet<>(count * 2);
        List<Like> likes = new ArrayList<>(count);
        for (int attempt = 0; likes.size() < count && attempt < count * 3; attempt++) {
            int target = targets.pick(draw);
            int person = draw.below(people);
            if (given.add((long) target * people + person)) {
                likes.add(new Like(target, person));
            }
        }
        return likes;
    }

    private static List<Integer> numbers(int count, Draw draw) {
        int[] order = draw.shuffled(count);
        List<Integer> numbers = new ArrayList<>(count);
        for (int number : order) {
            numbers.add(number);
        }
        return numbers;
    }

    private static <T> List<T> shuffledCopy(List<T> items, Draw draw) {
        int[] order = draw.shuffled(items.size());
        List<T> shuffled = new ArrayList<>(items.size());
        for (int index : order) {
            shuffled.add(items.get(index));
        }
        return shuffled;
    }

    /** A post's title in its author's language. */
    static String postTitle(Post post, Person author, Vocabulary vocabulary, long seed) {
        Draw draw = new Draw(seed, "post title " + post.number());
        String topic = vocabulary.tag(post.tags().get(0)).display();
        String[] titles = author.location().language() == Language.DE ? DE_TITLES : EN_TITLES;
        return String.format(Locale.ROOT, titles[draw.below(titles.length)], topic);
    }

    /** A post's Markdown: a few paragraphs, now and then a list, a table or emphasis. */
    static String postText(Post post, Person author, Vocabulary vocabulary, long seed) {
        Draw draw = new Draw(seed, "post text " + post.number());
        boolean german = author.location().language() == Language.DE;
        String[] sentences = german ? DE_SENTENCES : EN_SENTENCES;
        StringBuilder text = new StringBuilder();
        int paragraphs = draw.between(2, 5);
        for (int p = 0; p < paragraphs; p++) {
            int count = draw.between(2, 4);
            for (int s = 0; s < count; s++) {
                String topic = vocabulary
                        .tag(post.tags().get(draw.below(post.tags().size())))
                        .display();
                String sentence = String.format(Locale.ROOT, sentences[draw.below(sentences.length)], topic);
                text.append(s == 0 && draw.chance(0.3) ? "**" + sentence + "**" : sentence)
                        .append(' ');
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
            if (p == 0 && draw.chance(0.1)) {
                text.append(german ? "| Quartal | Teams |\n|---|---:|\n" : "| Quarter | Teams |\n|---|---:|\n");
                for (int q = 1; q <= 4; q++) {
                    text.append("| Q")
                            .append(q)
                            .append(" | ")
                            .append(draw.between(1, 40))
                            .append(" |\n");
                }
                text.append('\n');
            } else if (p == 1 && draw.chance(0.2)) {
                for (String tag : post.tags()) {
                    text.append("- ").append(vocabulary.tag(tag).display()).append('\n');
                }
                text.append('\n');
            }
        }
        return text.toString().strip();
    }

    /** A comment's Markdown, in its author's language. */
    static String commentText(Comment comment, Person author, Post post, Vocabulary vocabulary, long seed) {
        Draw draw = new Draw(seed, "comment " + comment.number());
        String[] texts = author.location().language() == Language.DE ? DE_COMMENTS : EN_COMMENTS;
        return String.format(
                Locale.ROOT,
                texts[draw.below(texts.length)],
                vocabulary.tag(post.tags().get(0)).display());
    }
}
