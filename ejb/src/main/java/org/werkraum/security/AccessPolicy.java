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
 * needs a place that really is closed. Owners run their community; admins may also run the communities whose content
 * they see.
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

    /**
     * Invite, accept and decline requests, remove members, promote owners, edit the description. Admins manage every
     * community whose content they see; an admin merely invited into a restricted community does not.
     */
    public boolean canManageCommunity(Caller caller, CommunityType type, Standing standing) {
        return standing == Standing.OWNER || (caller.isAdmin() && canSeeCommunityContent(caller, type, standing));
    }

    /**
     * Writing in a community: posts in its blog, and later its wiki pages and ideas. Its active members do, whatever
     * the community's type; reading alone (a public community's content) does not make one a contributor.
     */
    public boolean canContribute(Caller caller, CommunityType type, Standing standing) {
        return standing.isMember();
    }

    public boolean canCreateCommunity(Caller caller) {
        return caller.hasRole(Role.EMPLOYEE);
    }

    /** Any employee creates a wiki of his own and becomes its owner. */
    public boolean canCreateWiki(Caller caller) {
        return caller.hasRole(Role.EMPLOYEE);
    }

    /**
     * A wiki of its own (a community's follows the community: {@link #canSeeCommunityContent}): every employee reads
     * it when it is open to all, otherwise those it names, as readers, editors or owners, whatever their role, admins
     * included, as in a restricted community.
     */
    public boolean canReadWiki(Caller caller, boolean openToAll, WikiRole role) {
        return openToAll || role != WikiRole.NONE;
    }

    /** Writing pages in a wiki of its own: its editors and owners (a community's: {@link #canContribute}). */
    public boolean canEditWiki(Caller caller, boolean openToAll, WikiRole role) {
        return role == WikiRole.EDITOR || role == WikiRole.OWNER;
    }

    /**
     * Naming a wiki's people, templates, the trash: its owners, and admins for every wiki they read (a community's:
     * {@link #canManageCommunity}).
     */
    public boolean canManageWiki(Caller caller, boolean openToAll, WikiRole role) {
        return role == WikiRole.OWNER || (caller.isAdmin() && canReadWiki(caller, openToAll, role));
    }

    /** Active people's profiles are for every employee; a deactivated person's only for admins. */
    public boolean canSeePerson(Caller caller, boolean active) {
        return active || caller.isAdmin();
    }

    /** A bookmark is changed and deleted by its owner only. */
    public boolean canChangeBookmark(Caller caller, long ownerId) {
        return caller.personId() == ownerId;
    }

    /**
     * Following people, communities and tags: every employee, whatever he sees (the stream shows him only what he may
     * read, and a person or community he may not see does not exist for him).
     */
    public boolean canFollow(Caller caller) {
        return caller.hasRole(Role.EMPLOYEE);
    }

    public boolean canEditProfile(Caller caller, long personId) {
        return caller.personId() == personId || caller.isAdmin();
    }

    /** Hand out one-time links with which a person sets a new password. */
    public boolean canResetPasswords(Caller caller) {
        return caller.isAdmin();
    }

    /** Sending the digests at once, outside their schedule. */
    public boolean canAdministerMail(Caller caller) {
        return caller.isAdmin();
    }

    /** See documents the indexer set aside, retry them, start a full reindex. */
    public boolean canAdministerSearch(Caller caller) {
        return caller.isAdmin();
    }

    /** Posting in the leadership blog and marking one's own posts as leadership updates: executives lead. */
    public boolean canLead(Caller caller) {
        return caller.hasRole(Role.EXECUTIVE);
    }

    public boolean canImportDirectory(Caller caller) {
        return caller.isAdmin();
    }

    /**
     * Whether the caller may read a content item.
     *
     * @param standing
     *            the caller's standing in the item's community ({@link Standing#NONE} for items outside communities)
     */
    public boolean canRead(Caller caller, ContentItem item, Standing standing) {
        return switch (item.visibility()) {
            case PUBLIC -> true;
            case COMMUNITY -> canSeeCommunityContent(caller, item.communityType(), standing);
            case PRIVATE -> item.isOwnedBy(caller);
        };
    }

    /** Only the owner changes his content, as long as he may still read it (a member who left may not). */
    public boolean canEdit(Caller caller, ContentItem item, Standing standing) {
        return item.isOwnedBy(caller) && canRead(caller, item, standing);
    }

    /** The owner, and whoever moderates the item. */
    public boolean canDelete(Caller caller, ContentItem item, Standing standing) {
        return canEdit(caller, item, standing) || canModerate(caller, item, standing);
    }

    /**
     * Hide, delete or handle flags on someone else's content: moderators and admins for everything they can read
     * that is not private; the managers of a community for its content. Nobody moderates private content, and
     * nobody moderates what he cannot read.
     */
    public boolean canModerate(Caller caller, ContentItem item, Standing standing) {
        if (item.visibility() == Visibility.PRIVATE || !canRead(caller, item, standing)) {
            return false;
        }
        if (caller.hasRole(Role.MODERATOR) || caller.isAdmin()) {
            return true;
        }
        return item.visibility() == Visibility.COMMUNITY && canManageCommunity(caller, item.communityType(), standing);
    }

    /** Who may find a content item in search: the same rule as {@link #canRead}, as principals. */
    public Set<String> readersOf(ContentItem item) {
        return switch (item.visibility()) {
            case PUBLIC -> Set.of(Principals.EVERYONE);
            case COMMUNITY -> readersOfCommunity(item.communityId(), item.communityType());
            case PRIVATE -> Set.of(Principals.user(item.ownerId()));
        };
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
        return principalsOf(caller, memberOfCommunityIds, Set.of());
    }

    /** The same, and one per wiki of its own he was named in. */
    public Set<String> principalsOf(
            Caller caller, Collection<Long> memberOfCommunityIds, Collection<Long> namedInWikiIds) {
        return principalsOf(caller.personId(), memberOfCommunityIds, namedInWikiIds);
    }

    /**
     * The principals of any person, not only the caller: whom a notification may reach, since it tells of something
     * only its readers may know.
     */
    public Set<String> principalsOf(
            long personId, Collection<Long> memberOfCommunityIds, Collection<Long> namedInWikiIds) {
        Set<String> principals = new LinkedHashSet<>();
        principals.add(Principals.EVERYONE);
        principals.add(Principals.user(personId));
        memberOfCommunityIds.forEach(id -> principals.add(Principals.community(id)));
        namedInWikiIds.forEach(id -> principals.add(Principals.wiki(id)));
        return principals;
    }

    /**
     * Who may find the pages of a wiki of its own in search: the same rule as {@link #canReadWiki}, as principals (a
     * community's wiki: {@link #readersOfCommunity}).
     */
    public Set<String> readersOfWiki(long wikiId, boolean openToAll) {
        return openToAll ? Set.of(Principals.EVERYONE) : Set.of(Principals.wiki(wikiId));
    }
}
