package org.werkraum.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import org.werkraum.people.Role;

/** The signed-in person on whose behalf a service runs. */
public record Caller(long personId, String login, Set<Role> roles) implements Serializable {

    public Caller {
        Objects.requireNonNull(login, "login");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
