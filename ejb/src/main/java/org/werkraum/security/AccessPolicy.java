package org.werkraum.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.werkraum.community.CommunityType;
import org.werkraum.people.Role;
import org.werkraum.search.Principals;

/**
 * The one place that decides who may read and write what. Every method is a pure decision over facts the caller of
 * the policy looked up (roles, the standing in a community), so the whole matrix is unit-testable.
 *
 * <p>
 * Rules: public and moderated communities are visible to every employee; a restricted community is visible only to
 * its members and to the people invited into it, whatever their role, admins included, because confidential work
 * needs a place that really is closed. Owners run their community; admins may also run the communities they can see.
 */
@ApplicationScoped
public class AccessPolicy {

    public boolean canSeeCommunity(Caller caller, CommunityType type, Standing standing) {
        return type != CommunityType.RESTRICTED || standing.isMember() || standing == Standing.INVITED;
    }

    /** Whether the caller sees the content and member list (not only the name and description). */
    public boolean canSeeCommunityContent(Caller caller, CommunityType type, Standing standing) {
        return type == CommunityType.PUBLIC || type == CommunityType.MODERATED || standing.isMember();
    }

    /** Public: join at once; moderated: ask; restricted: only by invitation. */
    public boolean canJoinDirectly(Caller caller, CommunityType type, Standing standing) {
        return type == CommunityType.PUBLIC && (standing == Standing.NONE || standing == Standing.INVITED);
    }

    public boolean canRequestMembership(Caller caller, CommunityType type, Standing standing) {
        return type == CommunityType.MODERATED && standing == Standing.NONE;
    }

    /** Invite, accept and decline requests, remove members, promote owners, edit the description. */
    public boolean canManageCommunity(Caller caller, CommunityType type, Standing standing) {
        return standing == Standing.OWNER || (caller.isAdmin() && canSeeCommunity(caller, type, standing));
    }

    public boolean canCreateCommunity(Caller caller) {
        return caller.hasRole(Role.EMPLOYEE);
    }

    /** Active people's profiles are for every employee; a deactivated person's only for admins. */
    public boolean canSeePerson(Caller caller, boolean active) {
        return active || caller.isAdmin();
    }

    public boolean canEditProfile(Caller caller, long personId) {
        return caller.personId() == personId || caller.isAdmin();
    }

    /** Hand out one-time links with which a person sets a new password. */
    public boolean canResetPasswords(Caller caller) {
        return caller.isAdmin();
    }

    public boolean canImportDirectory(Caller caller) {
        return caller.isAdmin();
    }

    /** Who may find a community and its content in search. */
    public Set<String> readersOfCommunity(long communityId, CommunityType type) {
        return type == CommunityType.RESTRICTED
                ? Set.of(Principals.community(communityId))
                : Set.of(Principals.EVERYONE);
    }

    /** Profiles are for every employee. */
    public Set<String> readersOfPerson() {
        return Set.of(Principals.EVERYONE);
    }

    /** The principals a caller searches with: everyone's, his own, and one per community he is a member of. */
    public Set<String> principalsOf(Caller caller, Collection<Long> memberOfCommunityIds) {
        Set<String> principals = new LinkedHashSet<>();
        principals.add(Principals.EVERYONE);
        principals.add(Principals.user(caller.personId()));
        memberOfCommunityIds.forEach(id -> principals.add(Principals.community(id)));
        return principals;
    }
}
