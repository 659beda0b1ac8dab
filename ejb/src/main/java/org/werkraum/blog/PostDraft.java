package org.werkraum.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an author writes: a title, the Markdown body, tags; an executive also says whether it is a leadership update
 * and, for a new post, whether it goes into the company's leadership blog instead of his own.
 *
 * @param leadershipBlog
 *            a new post in the leadership blog (always a leadership update); ignored for a change
 * @param leadershipUpdate
 *            shown at the top of every employee's home page until read or dismissed
 */
public record PostDraft(
        @NotBlank @Size(max = BlogService.TITLE_MAX) String title,
        @Size(max = BlogService.BODY_MAX) String markdown,
        @Size(max = 20) Set<@NotBlank @Size(max = 64) String> tags,
        boolean leadershipBlog,
        boolean leadershipUpdate) {

    public PostDraft {
        markdown = markdown == null ? "" : markdown;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        leadershipUpdate = leadershipUpdate || leadershipBlog;
    }

    /** A post in one's own blog. */
    public PostDraft(String title, String markdown, Set<String> tags) {
        this(title, markdown, tags, false, false);
    }
}
