package org.werkraum.activity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.werkraum.shared.InvalidInputException;

/** The kinds of activity a stream may be narrowed to, as the page and the API name them ({@code ?type=posts}). */
public enum StreamFilter {
    POSTS(EnumSet.of(ActivityKind.POST)),
    COMMENTS(EnumSet.of(ActivityKind.POST_COMMENT, ActivityKind.IDEA_COMMENT)),
    WIKIS(EnumSet.of(ActivityKind.WIKI_EDIT)),
    BOOKMARKS(EnumSet.of(ActivityKind.BOOKMARK)),
    IDEAS(EnumSet.of(ActivityKind.IDEA)),
    MEMBERS(EnumSet.of(ActivityKind.NEW_MEMBER));

    private final Set<ActivityKind> kinds;

    StreamFilter(Set<ActivityKind> kinds) {
        this.kinds = kinds;
    }

    public Set<ActivityKind> kinds() {
        return kinds;
    }

    /** The name in addresses: {@code posts}, {@code comments}, … */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The filter an address names; every kind for none.
     *
     * @throws InvalidInputException
     *             for a name that is not one of the filters
     */
    public static Set<ActivityKind> kindsOf(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return EnumSet.allOf(ActivityKind.class);
        }
        for (StreamFilter filter : values()) {
            if (filter.parameter().equals(parameter.strip().toLowerCase(Locale.ROOT))) {
                return filter.kinds;
            }
        }
        throw new InvalidInputException(
                "type", "error.stream.type", "the stream shows posts, comments, wikis, bookmarks, ideas or members");
    }
}
