package org.werkraum.bench.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who follows whom, for the home stream's benchmark: one person in 200 (and, in the loader, every person who was
 * there before the run, the demo's anna.schmidt among them) follows {@value #PEOPLE} bloggers and
 * {@value #COMMUNITIES} communities anyone may read, as the reader does. Members follow their communities
 * besides, as in the application.
 */
final class Follows {

    static final int PEOPLE = 200;
    static final int COMMUNITIES = 20;
    static final int ONE_IN = 200;

    /** A follower (a person number) and what he follows (person or community numbers). */
    record Follower(int person, List<Integer> people, List<Integer> communities) {}

    private Follows() {}

    /** The generated followers. */
    static List<Follower> generate(
            List<Person> people, List<Integer> bloggers, List<Community> communities, Draw draw) {
        List<Integer> open = readable(communities);
        List<Follower> followers = new ArrayList<>();
        for (int person = 0; person < people.size(); person += ONE_IN) {
            followers.add(new Follower(person, people(bloggers, person, draw), communities(open, draw)));
        }
        return followers;
    }

    /** {@value #PEOPLE} bloggers (or as many as there are) other than the follower. */
    static List<Integer> people(List<Integer> bloggers, int self, Draw draw) {
        Set<Integer> chosen = new LinkedHashSet<>();
        int wanted = Math.min(PEOPLE, bloggers.size() - (bloggers.contains(self) ? 1 : 0));
        while (chosen.size() < wanted) {
            int blogger = draw.any(bloggers);
            if (blogger != self) {
                chosen.add(blogger);
            }
        }
        return List.copyOf(chosen);
    }

    /** {@value #COMMUNITIES} of the communities everyone may read (or as many as there are). */
    static List<Integer> communities(List<Integer> open, Draw draw) {
        Set<Integer> chosen = new LinkedHashSet<>();
        int wanted = Math.min(COMMUNITIES, open.size());
        while (chosen.size() < wanted) {
            chosen.add(draw.any(open));
        }
        return List.copyOf(chosen);
    }

    static List<Integer> readable(List<Community> communities) {
        return communities.stream()
                .filter(community -> !community.type().equals("RESTRICTED"))
                .map(Community::number)
                .toList();
    }
}
