package org.werkraum.ideation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An idea as its author writes it: a title, a description in Markdown, tags. */
public record IdeaDraft(
        @NotBlank @Size(max = IdeaService.TITLE_MAX) String title,
        @Size(max = IdeaService.DESCRIPTION_MAX) String markdown,
        @Size(max = 20) Set<@NotBlank @Size(max = 64) String> tags) {

    public IdeaDraft {
        markdown = markdown == null ? "" : markdown;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
