package org.werkraum.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an author writes: a title, the Markdown body, tags. */
public record PostDraft(
        @NotBlank @Size(max = BlogService.TITLE_MAX) String title,
        @Size(max = BlogService.BODY_MAX) String markdown,
        @Size(max = 20) Set<@NotBlank @Size(max = 64) String> tags) {

    public PostDraft {
        markdown = markdown == null ? "" : markdown;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
