package org.werkraum.ideation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.werkraum.community.Community;
import org.werkraum.community.Standings;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.ContentItem;
import org.werkraum.security.Standing;

/**
 * What the policy decides over on a board: boards and ideas are their community's content, read by whoever reads
 * the community's content, written by its members, run by its owners.
 */
@ApplicationScoped
class IdeaAccess {

    @Inject
    AccessPolicy policy;

    @Inject
    Standings standings;

    /** A community, and where the caller stands in it. */
    record Place(Community community, Standing standing) {

        /** Content of the community owned by someone. */
        ContentItem item(long ownerId) {
            return ContentItem.inCommunity(ownerId, community.id(), community.type());
        }
    }

    Place place(Caller caller, Community community) {
        return new Place(community, standings.of(caller.personId(), community.id()));
    }

    boolean canRead(Caller caller, Place place) {
        return policy.canRead(caller, place.item(0), place.standing());
    }

    /** Post ideas, vote, comment: the community's members. */
    boolean canContribute(Caller caller, Place place) {
        return policy.canContribute(caller, place.community().type(), place.standing());
    }

    /** Open boards, decide on ideas, mark duplicates: the community's owners (and admins). */
    boolean canManage(Caller caller, Place place) {
        return policy.canManageCommunity(caller, place.community().type(), place.standing());
    }

    /** Remove a comment: its author, the community's owners, moderators. */
    boolean canRemove(Caller caller, Place place, long authorId) {
        return policy.canDelete(caller, place.item(authorId), place.standing());
    }
}
