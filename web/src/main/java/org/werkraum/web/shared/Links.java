package org.werkraum.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.werkraum.activity.StreamItem;
import org.werkraum.notification.NotificationGroup;
import org.werkraum.searching.ResultType;
import org.werkraum.web.blog.PostImageServlet;

/**
 * The addresses of the pages for plain {@code <a href>} in the views: {@code #{links.profile(p.login())}}. A list of
 * a hundred people costs a hundred {@code h:link} components less, each of which resolved its outcome through the
 * navigation rules on every rendering (about a tenth of a profile page's time went there). Forms, the pager and
 * links that carry the page's own view parameters keep using {@code h:link}.
 */
@Named
@ApplicationScoped
public class Links {

    private static final Logger LOG = Logger.getLogger(Links.class.getName());

    @Inject
    ServletContext servletContext;

    public String home() {
        return to(Route.HOME);
    }

    /** The home stream narrowed to a kind ({@code null}: every kind), from its newest or below an activity. */
    public String stream(String type, Long before) {
        return to(
                Route.HOME,
                "type",
                type == null || type.isBlank() ? null : type,
                "before",
                before == null ? null : before.toString());
    }

    /** Where a line of the stream leads: the post, comment, page, idea or community; a bookmark to its page. */
    public String activity(StreamItem item) {
        return switch (item.kind()) {
            case POST -> post(item.subjectId());
            case POST_COMMENT -> post(item.parentId()) + "#comment-" + item.subjectId();
            case WIKI_EDIT -> wikiPage(item.subjectId());
            case BOOKMARK -> item.address();
            case IDEA -> idea(item.subjectId());
            case IDEA_COMMENT -> idea(item.parentId()) + "#comment-" + item.subjectId();
            case NEW_MEMBER -> community(Long.toString(item.subjectId()));
        };
    }

    /** The reader's notifications. */
    public String notifications() {
        return to(Route.NOTIFICATIONS);
    }

    /** What comes by mail, and how often. */
    public String mailSettings() {
        return to(Route.MAIL_SETTINGS);
    }

    /** Where a notification leads: the post, comment, idea, page or community it is about. */
    public String notification(NotificationGroup item) {
        String anchor = item.anchorId() == null ? "" : "#comment-" + item.anchorId();
        return switch (item.subjectType()) {
            case POST -> post(item.subjectId()) + anchor;
            case POST_COMMENT -> post(item.parentId()) + (anchor.isEmpty() ? "#comment-" + item.subjectId() : anchor);
            case IDEA -> idea(item.subjectId()) + anchor;
            case PAGE -> wikiPage(item.subjectId());
            case COMMUNITY -> community(Long.toString(item.subjectId()));
        };
    }

    /** What the reader follows, each with a button to unfollow. */
    public String following() {
        return to(Route.FOLLOWING);
    }

    public String people() {
        return to(Route.PEOPLE);
    }

    /** The people directory showing a unit and the units below it. */
    public String peopleIn(long unitId) {
        return to(Route.PEOPLE, "unit", Long.toString(unitId));
    }

    public String profile(String login) {
        return to(Route.PROFILE, "login", login);
    }

    /** A person's blog: his published posts, newest first. */
    public String blog(String login) {
        return to(Route.BLOG, "login", login);
    }

    public String post(long id) {
        return to(Route.POST, "id", Long.toString(id));
    }

    /** A comment in its post, from search's handle {@code 42#comment-17}. */
    public String comment(String handle) {
        int anchor = handle.indexOf('#');
        return to(Route.POST, "id", anchor < 0 ? handle : handle.substring(0, anchor))
                + (anchor < 0 ? "" : handle.substring(anchor));
    }

    /** A post with the form that answers one of its comments. */
    public String replyTo(long postId, long commentId) {
        return to(Route.POST, "id", Long.toString(postId), "replyTo", Long.toString(commentId)) + "#newComment";
    }

    /** The published posts with a tag, newest first. */
    public String tagged(String tag) {
        return to(Route.TAGGED_POSTS, "tag", tag);
    }

    /** The blog directory: the most active blogs and the newest. */
    public String blogs() {
        return to(Route.BLOGS);
    }

    /** Every leadership update, newest first. */
    public String leadership() {
        return to(Route.LEADERSHIP);
    }

    /** The editor for a new post in the caller's blog. */
    public String newPost() {
        return to(Route.POST_NEW);
    }

    /** The editor for a new post in a community's blog. */
    public String newPostIn(long communityId) {
        return to(Route.POST_NEW, "community", Long.toString(communityId));
    }

    /** A community's blog: its published posts, newest first. */
    public String communityBlog(long communityId) {
        return to(Route.COMMUNITY_BLOG, "id", Long.toString(communityId));
    }

    /** The editor for a post. */
    public String editPost(long id) {
        return to(Route.POST_EDIT, "id", Long.toString(id));
    }

    /** The caller's drafts. */
    public String drafts() {
        return to(Route.DRAFTS);
    }

    /** An image uploaded for a post, as a post's Markdown shows it. */
    public String image(long id) {
        return servletContext.getContextPath() + PostImageServlet.PATH + id;
    }

    /** A community's idea boards. */
    public String boards(long communityId) {
        return to(Route.COMMUNITY_BOARDS, "id", Long.toString(communityId));
    }

    /** A board with its ideas, the most votes first. */
    /** Everyone's newest bookmarks. */
    public String bookmarks() {
        return to(Route.BOOKMARKS);
    }

    public String myBookmarks() {
        return to(Route.BOOKMARKS, "mine", "true");
    }

    public String bookmarksTagged(String tag) {
        return to(Route.BOOKMARKS, "tag", tag);
    }

    /** The bookmarks kept into a community. */
    public String bookmarksIn(long communityId) {
        return to(Route.BOOKMARKS, "community", Long.toString(communityId));
    }

    /** The form to keep a page into a community. */
    public String newBookmarkIn(long communityId) {
        return to(Route.BOOKMARK_NEW, "community", Long.toString(communityId));
    }

    public String bookmarksOf(String login) {
        return to(Route.BOOKMARKS, "person", login);
    }

    /** Importing a browser's bookmark file, exporting one's own as one. */
    public String bookmarkFiles() {
        return to(Route.BOOKMARK_FILES);
    }

    public String newBookmark() {
        return to(Route.BOOKMARK_NEW);
    }

    /** Who else keeps a bookmarked page. */
    public String bookmarkedPage(long pageId) {
        return to(Route.BOOKMARKED_PAGE, "id", Long.toString(pageId));
    }

    public String wikis() {
        return to(Route.WIKIS);
    }

    public String newWiki() {
        return to(Route.WIKI_NEW);
    }

    public String wiki(long wikiId) {
        return to(Route.WIKI, "id", Long.toString(wikiId));
    }

    public String communityWiki(long communityId) {
        return to(Route.COMMUNITY_WIKI, "id", Long.toString(communityId));
    }

    /** A new page of a wiki, at its top or under a parent page. */
    public String newWikiPage(long wikiId, Long parentId) {
        String address = to(Route.WIKI_PAGE_NEW, "wiki", Long.toString(wikiId));
        return parentId == null ? address : address + "?parent=" + parentId;
    }

    /** A new page of a wiki starting from a template page's text. */
    public String newWikiPageFrom(long wikiId, long templateId) {
        return to(Route.WIKI_PAGE_NEW, "wiki", Long.toString(wikiId)) + "?template=" + templateId;
    }

    public String wikiWanted(long wikiId) {
        return to(Route.WIKI_WANTED, "id", Long.toString(wikiId));
    }

    public String wikiIndex(long wikiId) {
        return to(Route.WIKI_INDEX, "id", Long.toString(wikiId));
    }

    public String wikiOrphaned(long wikiId) {
        return to(Route.WIKI_ORPHANED, "id", Long.toString(wikiId));
    }

    public String wikiTrash(long wikiId) {
        return to(Route.WIKI_TRASH, "id", Long.toString(wikiId));
    }

    /** The form that writes a wanted page, with its title. */
    public String writeWanted(long wikiId, String title) {
        return to(Route.WIKI_PAGE_NEW, "wiki", Long.toString(wikiId)) + "?title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8);
    }

    /** A file attached to a wiki page: its current version, or another. */
    public String attachment(long attachmentId, Integer version) {
        String address = servletContext.getContextPath() + "/attachments/" + attachmentId;
        return version == null ? address : address + "?version=" + version;
    }

    /** The page a file found by search is on, at the file ({@code 12#attachment-42}). */
    public String attachedTo(String handle) {
        int anchor = handle.indexOf('#');
        return to(Route.WIKI_PAGE, "id", anchor < 0 ? handle : handle.substring(0, anchor))
                + (anchor < 0 ? "" : handle.substring(anchor));
    }

    /** Where a page's upload form posts. */
    public String attachmentUpload(long pageId) {
        return servletContext.getContextPath() + "/attachments/pages/" + pageId;
    }

    public String moveWikiPage(long pageId) {
        return to(Route.WIKI_PAGE_MOVE, "id", Long.toString(pageId));
    }

    public String deleteWikiPage(long pageId) {
        return to(Route.WIKI_PAGE_DELETE, "id", Long.toString(pageId));
    }

    public String wikiPage(long pageId) {
        return to(Route.WIKI_PAGE, "id", Long.toString(pageId));
    }

    public String editWikiPage(long pageId) {
        return to(Route.WIKI_PAGE_EDIT, "id", Long.toString(pageId));
    }

    public String wikiHistory(long pageId) {
        return to(Route.WIKI_PAGE_HISTORY, "id", Long.toString(pageId));
    }

    /** The differences between two revisions of a page. */
    public String wikiDiff(long pageId, int from, int to) {
        return to(Route.WIKI_PAGE_DIFF, "id", Long.toString(pageId)) + "?from=" + from + "&to=" + to;
    }

    public String wikiDiffBase(long pageId) {
        return to(Route.WIKI_PAGE_DIFF, "id", Long.toString(pageId));
    }

    public String wikiRevision(long pageId, int number) {
        return to(Route.WIKI_REVISION, "id", Long.toString(pageId), "number", Integer.toString(number));
    }

    public String board(long boardId) {
        return to(Route.BOARD, "id", Long.toString(boardId));
    }

    /** A board with its ideas in another order. */
    public String boardSorted(long boardId, String sort) {
        return to(Route.BOARD, "id", Long.toString(boardId), "sort", sort);
    }

    /** The owners' settings of a board. */
    public String boardSettings(long boardId) {
        return to(Route.BOARD_SETTINGS, "id", Long.toString(boardId));
    }

    /** The form for a new idea on a board. */
    public String newIdea(long boardId) {
        return to(Route.IDEA_NEW, "id", Long.toString(boardId));
    }

    public String idea(long id) {
        return to(Route.IDEA, "id", Long.toString(id));
    }

    /** The Atom feed of a board's newest ideas. */
    /** The Atom feed of a wiki's recent changes. */
    public String wikiFeed(long wikiId) {
        return feed("wikis", Long.toString(wikiId));
    }

    /** The Atom feed of a wiki page's saves. */
    public String wikiPageFeed(long pageId) {
        return feed("wiki-pages", Long.toString(pageId));
    }

    public String boardFeed(long boardId) {
        return feed("boards", Long.toString(boardId));
    }

    /** The Atom feed of a person's blog; feed readers sign in as for the API. */
    public String blogFeed(String login) {
        return feed("people", login, "blog");
    }

    /** The Atom feed of a person's posts in every blog. */
    public String personFeed(String login) {
        return feed("people", login);
    }

    /** The Atom feed of a community's blog. */
    public String communityBlogFeed(long communityId) {
        return feed("communities", Long.toString(communityId), "blog");
    }

    /** The Atom feed of the posts with a tag. */
    public String tagFeed(String tag) {
        return feed("tags", tag);
    }

    /** The Atom feed of the leadership updates. */
    public String leadershipFeed() {
        return feed("leadership");
    }

    private String feed(String... segments) {
        StringBuilder address = new StringBuilder(servletContext.getContextPath()).append("/api/feeds");
        for (String segment : segments) {
            address.append('/')
                    .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return address.toString();
    }

    public String communities() {
        return to(Route.COMMUNITIES);
    }

    /** The communities directory showing those of a unit. */
    public String communitiesIn(long unitId) {
        return to(Route.COMMUNITIES, "unit", Long.toString(unitId));
    }

    /** The communities directory showing those with a tag. */
    public String communitiesTagged(String tag) {
        return to(Route.COMMUNITIES, "tag", tag);
    }

    /** The communities directory showing the caller's own. */
    public String myCommunities() {
        return to(Route.COMMUNITIES, "mine", "true");
    }

    public String community(String id) {
        return to(Route.COMMUNITY, "id", id);
    }

    /** The search page with the hits of a query. */
    public String search(String query) {
        return to(Route.SEARCH, "q", query);
    }

    /** The search page with the hits of a query of one type. */
    public String searchTyped(String query, ResultType type) {
        return to(Route.SEARCH, "q", query, "type", type.name());
    }

    /**
     * The address of a route with its parameters as name, value, name, value…; the home page if a value the address
     * needs is missing (logged: a page should never fail on a link, nor link to an address that cannot answer).
     */
    String to(Route route, String... namesAndValues) {
        String contextPath = servletContext.getContextPath();
        return route.address(namesAndValues)
                .map(address -> contextPath + address)
                .orElseGet(() -> {
                    LOG.log(Level.WARNING, "A link to {0} without the values of its address", route);
                    return contextPath + "/";
                });
    }
}
