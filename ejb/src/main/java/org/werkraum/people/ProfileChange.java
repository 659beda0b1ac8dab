package org.werkraum.people;

import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What a person may change on his own profile. Links to external profiles must point to the network they name;
 * {@link PeopleService} checks that.
 */
public record ProfileChange(
        @Size(max = 200) String title,
        @Size(max = 120) String location,
        @Size(max = 5000) String bio,
        @Size(max = 500) String linkedinUrl,
        @Size(max = 500) String xingUrl,
        @Size(max = 500) String xUrl,
        @Size(max = 30) Set<@Size(min = 1, max = 64) String> expertise) {

    public ProfileChange {
        expertise = expertise == null ? Set.of() : Set.copyOf(expertise);
    }
}
