package org.werkraum.ideation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An owner's decision on an idea: its new status and a note for the community (required when declining). */
public record StatusChange(
        @NotNull IdeaStatus status,
        @Size(max = IdeaService.NOTE_MAX) String note) {

    public StatusChange {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
