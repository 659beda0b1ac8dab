package org.werkraum.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.werkraum.shared.InvalidInputException;

class StreamFilterTest {

    @Test
    void noFilterShowsEveryKind() {
        assertThat(StreamFilter.kindsOf(null)).isEqualTo(EnumSet.allOf(ActivityKind.class));
        assertThat(StreamFilter.kindsOf(" ")).isEqualTo(EnumSet.allOf(ActivityKind.class));
    }

    @Test
    void commentsAreThoseOnPostsAndOnIdeas() {
        assertThat(StreamFilter.kindsOf("comments"))
                .containsExactlyInAnyOrder(ActivityKind.POST_COMMENT, ActivityKind.IDEA_COMMENT);
        assertThat(StreamFilter.kindsOf("posts")).containsExactly(ActivityKind.POST);
        assertThat(StreamFilter.kindsOf("wikis")).containsExactly(ActivityKind.WIKI_EDIT);
        assertThat(StreamFilter.kindsOf("bookmarks")).containsExactly(ActivityKind.BOOKMARK);
        assertThat(StreamFilter.kindsOf("ideas")).containsExactly(ActivityKind.IDEA);
        assertThat(StreamFilter.kindsOf("members")).containsExactly(ActivityKind.NEW_MEMBER);
    }

    @Test
    void namesAreReadWhateverTheirCase() {
        assertThat(StreamFilter.kindsOf(" Posts ")).containsExactly(ActivityKind.POST);
        assertThat(StreamFilter.POSTS.parameter()).isEqualTo("posts");
    }

    @Test
    void everyKindIsInExactlyOneFilter() {
        for (ActivityKind kind : ActivityKind.values()) {
            assertThat(EnumSet.allOf(StreamFilter.class).stream()
                            .filter(filter -> filter.kinds().contains(kind)))
                    .as(kind.name())
                    .hasSize(1);
        }
    }

    @Test
    void anUnknownNameIsAClearError() {
        assertThatThrownBy(() -> StreamFilter.kindsOf("gossip"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("posts, comments");
    }
}
