package org.werkraum.security;

import java.util.Objects;
import org.werkraum.community.CommunityType;

/**
 * What the policy needs to know about any content item, whatever its kind: its visibility, its owner and, for
 * community content, the community and its type. Blog posts, wiki pages, bookmarks and ideas all describe themselves
 * this way, so that one rule decides for all of them.
 *
 * @param communityId
 *            the community the item belongs to, or null
 * @param communityType
 *            that community's type, or null
 */
public record ContentItem(Visibility visibility, long ownerId, Long communityId, CommunityType communityType) {

    public ContentItem {
        Objects.requireNonNull(visibility, "visibility");
        if (visibility == Visibility.COMMUNITY && (communityId == null || communityType == null)) {
            throw new IllegalArgumentException("community content needs its community and the community's type");
        }
    }

    public static ContentItem publicItem(long ownerId) {
        return new ContentItem(Visibility.PUBLIC, ownerId, null, null);
    }

    public static ContentItem privateItem(long ownerId) {
        return new ContentItem(Visibility.PRIVATE, ownerId, null, null);
    }

    public static ContentItem inCommunity(long ownerId, long communityId, CommunityType type) {
        return new ContentItem(Visibility.COMMUNITY, ownerId, communityId, type);
    }

    public boolean isOwnedBy(Caller caller) {
        return ownerId == caller.personId();
    }
}
