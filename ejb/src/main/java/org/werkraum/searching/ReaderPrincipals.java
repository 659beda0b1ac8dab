package org.werkraum.searching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.werkraum.community.Standings;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.wiki.WikiRoles;

/**
 * The principals a reader reads with, as the policy spells them ({@link AccessPolicy#principalsOf}): everyone's, his
 * own, his communities' and the wikis he is named in. Search asks with them, and so does the activity stream.
 */
@ApplicationScoped
public class ReaderPrincipals {

    @Inject
    AccessPolicy policy;

    @Inject
    Standings standings;

    @Inject
    WikiRoles wikiRoles;

    public Set<String> of(Caller caller) {
        return of(caller.personId());
    }

    /** Those of any person: whom a notification about something may reach. */
    public Set<String> of(long personId) {
        return policy.principalsOf(personId, standings.activeCommunityIds(personId), wikiRoles.namedIn(personId));
    }
}
