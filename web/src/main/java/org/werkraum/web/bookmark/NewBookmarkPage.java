package org.werkraum.web.bookmark;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.werkraum.bookmark.BookmarkDraft;
import org.werkraum.bookmark.BookmarkService;
import org.werkraum.community.CommunityFilter;
import org.werkraum.community.CommunityService;
import org.werkraum.community.CommunitySummary;
import org.werkraum.shared.PageRequest;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Links;
import org.werkraum.web.shared.PageMessages;

/**
 * {@code /bookmarks/new?url=…&title=…}: keeps a page; the bookmarklet opens it with the address and title of the page
 * the reader is on. Keeping a page kept already changes that bookmark.
 */
@Named
@ViewScoped
public class NewBookmarkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BookmarkService bookmarks;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    Links links;

    @Inject
    CommunityService communityService;

    /** The communities offered to keep a page into, at most. */
    static final int MAX_COMMUNITIES = 100;

    private String url;
    private String title;
    private String description;
    private List<String> tags = new ArrayList<>();
    private boolean personal;
    private Long community;
    private List<CommunitySummary> communities;

    public String keep() {
        String kept = bookmarks
                .keep(
                        currentUser.caller(),
                        new BookmarkDraft(url, title, description, new LinkedHashSet<>(tags), personal, community))
                .title();
        messages.flashInfo("bookmarks.kept", kept);
        return "/bookmark/list?faces-redirect=true&mine=true";
    }

    /**
     * The bookmarklet: a link to drag to the browser's toolbar that opens this form with the address and title of the
     * page it is clicked on.
     */
    public String getBookmarklet() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        String origin = url.substring(0, url.indexOf('/', url.indexOf("://") + 3));
        return "javascript:location.href='" + origin + links.newBookmark()
                + "?url='+encodeURIComponent(location.href)+'&title='+encodeURIComponent(document.title)";
    }

    public int getTitleMax() {
        return BookmarkService.MAX_TITLE;
    }

    public int getDescriptionMax() {
        return BookmarkService.MAX_DESCRIPTION;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : tags;
    }

    /** The communities the reader may keep a page into: those he is an active member of. */
    public List<CommunitySummary> getCommunities() {
        if (communities == null) {
            communities = communityService
                    .directory(
                            currentUser.caller(),
                            new CommunityFilter(true, null, null, null),
                            PageRequest.first(MAX_COMMUNITIES))
                    .items()
                    .stream()
                    .filter(c -> c.standing().isMember())
                    .toList();
        }
        return communities;
    }

    public Long getCommunity() {
        return community;
    }

    public void setCommunity(Long community) {
        this.community = community;
    }

    public boolean isPersonal() {
        return personal;
    }

    public void setPersonal(boolean personal) {
        this.personal = personal;
    }
}
