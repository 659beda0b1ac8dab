package org.werkraum.people;

/** A person as lists show him. */
public record PersonSummary(long id, String login, String displayName, String title, String orgUnit, String location) {

    static PersonSummary of(Person person) {
        return new PersonSummary(
                person.id(),
                person.login(),
                person.displayName(),
                person.title(),
                person.orgUnit() == null ? null : person.orgUnit().name(),
                person.location());
    }

    /** The name with the login, which tells apart the people of one name (there are many among 400,000). */
    public String nameAndLogin() {
        return displayName + " (" + login + ")";
    }
}
