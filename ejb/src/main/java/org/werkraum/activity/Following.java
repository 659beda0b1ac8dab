package org.werkraum.activity;

import java.util.List;
import org.werkraum.people.PersonSummary;

/** Everything a person follows, each list in alphabetical order. */
public record Following(List<PersonSummary> people, List<FollowedCommunity> communities, List<String> tags) {

    public Following {
        people = List.copyOf(people);
        communities = List.copyOf(communities);
        tags = List.copyOf(tags);
    }

    public record FollowedCommunity(long id, String name) {}

    public boolean isEmpty() {
        return people.isEmpty() && communities.isEmpty() && tags.isEmpty();
    }
}
