package org.werkraum.people;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the profile page shows of one person.
 *
 * @param orgPath
 *            the person's org unit and the units above it, the company last
 * @param managerChain
 *            the direct manager first, up to the top of the company
 * @param editable
 *            whether the caller who asked may edit this profile (the access policy's answer)
 * @param active
 *            false for a deactivated person, whose profile only admins see
 * @param passwordLinkAllowed
 *            whether the caller may hand this person a link for setting a new password (the policy's answer)
 */
public record PersonProfile(
        long id,
        String login,
        String displayName,
        String email,
        String title,
        String location,
        String bio,
        String linkedinUrl,
        String xingUrl,
        String xUrl,
        Set<String> expertise,
        Set<Role> roles,
        List<OrgUnitSummary> orgPath,
        List<PersonSummary> managerChain,
        List<PersonSummary> directReports,
        long version,
        boolean editable,
        boolean active,
        boolean passwordLinkAllowed) {

    /** Copies what it is given, so that a profile outlives the transaction that read it. */
    public PersonProfile {
        expertise = Collections.unmodifiableSet(new TreeSet<>(expertise));
        roles = Collections.unmodifiableSet(new TreeSet<>(roles));
        orgPath = List.copyOf(orgPath);
        managerChain = List.copyOf(managerChain);
        directReports = List.copyOf(directReports);
    }
}
