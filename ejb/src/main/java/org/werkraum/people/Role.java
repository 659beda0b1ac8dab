package org.werkraum.people;

/** What a person may do beyond writing as an employee. */
public enum Role {
    EMPLOYEE,
    EXECUTIVE,
    COACH,
    MODERATOR,
    ADMIN
}
