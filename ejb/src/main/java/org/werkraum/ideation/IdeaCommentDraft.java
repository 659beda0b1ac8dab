package org.werkraum.ideation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on an idea, in Markdown. */
public record IdeaCommentDraft(
        @NotBlank @Size(max = IdeaService.COMMENT_MAX) String markdown) {}
