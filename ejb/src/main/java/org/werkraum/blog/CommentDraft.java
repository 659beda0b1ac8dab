package org.werkraum.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment as written: Markdown, and the comment it answers, if any. A reply to a reply answers the same comment:
 * threads are one level deep.
 */
public record CommentDraft(
        @NotBlank @Size(max = PostDiscussion.COMMENT_MAX) String markdown, Long parentId) {}
