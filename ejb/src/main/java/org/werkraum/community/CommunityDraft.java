package org.werkraum.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a new community starts with, or what its owners change. */
public record CommunityDraft(
        @NotBlank @Size(min = 3, max = 120) String name,
        @Size(max = 5000) String description,
        @NotNull CommunityType type,
        Long orgUnitId,
        @Size(max = 20) Set<@Size(min = 1, max = 64) String> tags) {

    public CommunityDraft {
        description = description == null ? "" : description;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
