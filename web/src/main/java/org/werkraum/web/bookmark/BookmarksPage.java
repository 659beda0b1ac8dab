package org.werkraum.web.bookmark;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.werkraum.bookmark.BookmarkService;
import org.werkraum.bookmark.BookmarkView;
import org.werkraum.bookmark.PopularPage;
import org.werkraum.bookmark.TagCount;
import org.werkraum.community.CommunityService;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Page;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.PageMessages;
import org.werkraum.web.shared.Paging;
import org.werkraum.web.shared.RequestNumbers;

/**
 * {@code /bookmarks}: everyone's newest bookmarks with the pages most people kept in the last 30 days;
 * {@code ?mine=true} the reader's own (private ones too), {@code ?tag=cloud} a tag's, {@code ?person=anna.schmidt} a
 * person's, {@code ?community=42} a community's; the reader deletes his own here. A view without state: the list is read when first asked.
 */
@Named
@RequestScoped
public class BookmarksPage {

    static final int POPULAR_DAYS = 30;
    static final int POPULAR_LISTED = 10;

    @Inject
    BookmarkService bookmarks;

    @Inject
    CommunityService communities;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private boolean mine;
    private String tag;
    private String person;
    private Long community;
    private String communityName;
    private Integer page;
    private Page<BookmarkView> result;
    private List<PopularPage> popular;
    private List<TagCount> cloud;

    public Page<BookmarkView> getResult() {
        if (result == null) {
            if (mine) {
                result = bookmarks.mine(currentUser.caller(), Paging.request(page));
            } else if (tag != null && !tag.isBlank()) {
                result = bookmarks.tagged(currentUser.caller(), tag, Paging.request(page));
            } else if (community != null) {
                communityName =
                        communities.find(currentUser.caller(), community).name();
                result = bookmarks.inCommunity(currentUser.caller(), community, Paging.request(page));
            } else if (person != null && !person.isBlank()) {
                result = bookmarks.of(currentUser.caller(), person, Paging.request(page));
            } else {
                result = bookmarks.newest(currentUser.caller(), Paging.request(page));
            }
        }
        return result;
    }

    public List<BookmarkView> getBookmarks() {
        return getResult().items();
    }

    /** The pages most people kept lately, beside everyone's newest. */
    public List<PopularPage> getPopular() {
        if (popular == null) {
            popular = isEveryones() ? bookmarks.popular(currentUser.caller(), POPULAR_DAYS, POPULAR_LISTED) : List.of();
        }
        return popular;
    }

    /** The tag cloud, on everyone's bookmarks. */
    public List<TagCount> getCloud() {
        if (cloud == null) {
            cloud = isEveryones() ? bookmarks.tagCloud(currentUser.caller()) : List.of();
        }
        return cloud;
    }

    public boolean isEveryones() {
        return !mine && (tag == null || tag.isBlank()) && (person == null || person.isBlank()) && community == null;
    }

    /** Deletes the reader's bookmark whose button was pressed (its id is the button's value). */
    public String delete() {
        Long chosen = RequestNumbers.of("deleteBookmark");
        if (chosen == null) {
            throw new NotFoundException("bookmark", "none");
        }
        String title = bookmarks.bookmark(currentUser.caller(), chosen).title();
        bookmarks.delete(currentUser.caller(), chosen);
        messages.flashInfo("bookmarks.deleted", title);
        return "/bookmark/list?faces-redirect=true&mine=true";
    }

    public Long getCommunity() {
        return community;
    }

    public void setCommunity(Long community) {
        this.community = community;
    }

    /** The name of the community whose bookmarks these are (read with them). */
    public String getCommunityName() {
        getResult();
        return communityName;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
