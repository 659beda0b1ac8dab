package org.werkraum.web.home;

import java.io.Serializable;
import org.werkraum.activity.ActivityKind;
import org.werkraum.activity.StreamItem;
import org.werkraum.web.shared.Dates;
import org.werkraum.web.shared.Links;

/**
 * A line of the home stream as the page shows it, its addresses and date worked out once here: the page evaluated
 * five bean methods per line, each a bean looked up anew by the expression language, a tenth of the page's CPU.
 *
 * @param communityName
 *            where it happened, shown beside it; null where that is not said (no community, or the new member line
 *            that names it as its title)
 * @param whoElseHref
 *            for a bookmark, the page of who else keeps it; null for the rest
 */
public record StreamLine(
        long id,
        ActivityKind kind,
        String actorName,
        String actorHref,
        String communityName,
        String communityHref,
        String at,
        String date,
        String title,
        String href,
        String whoElseHref,
        String excerpt)
        implements Serializable {

    static StreamLine of(StreamItem item, Links links, Dates dates) {
        boolean inCommunity = item.communityName() != null
                && !item.communityName().isEmpty()
                && item.kind() != ActivityKind.NEW_MEMBER;
        return new StreamLine(
                item.id(),
                item.kind(),
                item.actorName(),
                links.profile(item.actorLogin()),
                inCommunity ? item.communityName() : null,
                inCommunity ? links.community(item.communityId().toString()) : null,
                item.at().toString(),
                dates.of(item.at()),
                item.title(),
                links.activity(item),
                item.kind() == ActivityKind.BOOKMARK ? links.bookmarkedPage(item.parentId()) : null,
                item.excerpt());
    }
}
