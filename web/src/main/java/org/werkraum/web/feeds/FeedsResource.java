package org.werkraum.web.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.werkraum.blog.PostFeed;
import org.werkraum.blog.PostLists;
import org.werkraum.ideation.BoardService;
import org.werkraum.ideation.IdeaFeed;
import org.werkraum.web.security.ApplicationUrl;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Links;
import org.werkraum.wiki.RecentChanges;
import org.werkraum.wiki.WikiService;

/**
 * Atom 1.0 feeds (RFC 4287) of a person's blog, a community's blog, a tag, a person's posts in every blog, the
 * leadership updates, an idea board, and the recent changes of a wiki and of a wiki page, written by Rome. They live under {@code /api/}, so a feed reader signs in as
 * the API does, with HTTP Basic or a personal access token and never with a session cookie, and gets exactly what its
 * owner may read; what he may not read does not exist (404), as on the pages.
 */
@Path("feeds")
@RequestScoped
@Produces(FeedsResource.ATOM)
public class FeedsResource {

    static final String ATOM = "application/atom+xml;charset=utf-8";

    private static final String BUNDLE = "org.werkraum.web.i18n.Messages";

    @Inject
    PostLists lists;

    @Inject
    BoardService boards;

    @Inject
    WikiService wikis;

    @Inject
    CurrentUser currentUser;

    @Inject
    Links links;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    Request preconditions;

    /** An entry of any feed: a post or an idea, with the page that shows it. */
    private record Item(
            String page,
            String title,
            String html,
            Set<String> tags,
            String authorLogin,
            String authorName,
            Instant published,
            Instant updated,
            String summary) {}

    @GET
    @Path("people/{login}/blog")
    public Response blog(@PathParam("login") String login) {
        return posts(PostFeed.Source.BLOG, login, "blog.of", links.blog(login));
    }

    @GET
    @Path("people/{login}")
    public Response person(@PathParam("login") String login) {
        return posts(PostFeed.Source.PERSON, login, "feed.person", links.profile(login));
    }

    @GET
    @Path("communities/{id}/blog")
    public Response community(@PathParam("id") long id) {
        return posts(PostFeed.Source.COMMUNITY, String.valueOf(id), "communityBlog.of", links.communityBlog(id));
    }

    @GET
    @Path("tags/{tag}")
    public Response tag(@PathParam("tag") String tag) {
        return posts(PostFeed.Source.TAG, tag, "tagged.heading", links.tagged(tag));
    }

    @GET
    @Path("leadership")
    public Response leadership() {
        return posts(PostFeed.Source.LEADERSHIP, null, "leadership.title", links.leadership());
    }

    /** A board's newest ideas. */
    @GET
    @Path("boards/{id}")
    public Response board(@PathParam("id") long id) {
        IdeaFeed ideas = boards.feed(currentUser.caller(), id, PostLists.FEED_SIZE);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language());
        String title = ideas.board().isDefault()
                ? MessageFormat.format(
                        bundle.getString("boards.of"), ideas.board().communityName())
                : ideas.board().question();
        return atom(
                title,
                links.board(id),
                ideas.entries().stream()
                        .map(idea -> new Item(
                                links.idea(idea.id()),
                                idea.title(),
                                idea.html(),
                                idea.tags(),
                                idea.authorLogin(),
                                idea.authorName(),
                                idea.createdAt(),
                                idea.updated(),
                                null))
                        .toList());
    }

    /** A wiki's recent changes: every save of its pages, newest first, each with the page as it was saved. */
    @GET
    @Path("wikis/{id}")
    public Response wiki(@PathParam("id") long id) {
        return changes(wikis.changes(currentUser.caller(), id, PostLists.FEED_SIZE), "wikiFeed.of", links.wiki(id));
    }

    /** One wiki page's saves, newest first. */
    @GET
    @Path("wiki-pages/{id}")
    public Response wikiPage(@PathParam("id") long id) {
        return changes(
                wikis.pageChanges(currentUser.caller(), id, PostLists.FEED_SIZE),
                "wikiFeed.ofPage",
                links.wikiPage(id));
    }

    private Response changes(RecentChanges changes, String titleKey, String page) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language());
        String revision = bundle.getString("wikiFeed.revision");
        return atom(
                MessageFormat.format(bundle.getString(titleKey), changes.subject()),
                page,
                changes.changes().stream()
                        .map(change -> new Item(
                                links.wikiRevision(change.pageId(), change.number()),
                                MessageFormat.format(revision, change.title(), change.number()),
                                change.html(),
                                Set.of(),
                                change.authorLogin(),
                                change.authorName(),
                                change.savedAt(),
                                change.savedAt(),
                                change.comment()))
                        .toList());
    }

    private Response posts(PostFeed.Source source, String key, String titleKey, String page) {
        PostFeed posts = lists.feed(currentUser.caller(), source, key);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language());
        return atom(
                MessageFormat.format(bundle.getString(titleKey), posts.subject()),
                page,
                posts.entries().stream()
                        .map(post -> new Item(
                                links.post(post.id()),
                                post.title(),
                                post.html(),
                                post.tags(),
                                post.authorLogin(),
                                post.authorName(),
                                post.published(),
                                post.updated(),
                                null))
                        .toList());
    }

    /** The feed, or 304 when the reader's copy is as new as its newest entry. */
    private Response atom(String title, String page, List<Item> items) {
        Instant newest =
                items.stream().map(Item::updated).max(Instant::compareTo).orElse(null);
        Instant updated = (newest == null ? Instant.now() : newest).truncatedTo(ChronoUnit.SECONDS);
        if (newest != null) {
            Response.ResponseBuilder unchanged = preconditions.evaluatePreconditions(Date.from(updated));
            if (unchanged != null) {
                return unchanged.build();
            }
        }
        URI base = ApplicationUrl.of(request);
        String self = base.resolve(request.getContextPath() + request.getServletPath() + request.getPathInfo())
                .toString();
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitleEx(text(title));
        feed.setUpdated(Date.from(updated));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        feed.setAlternateLinks(List.of(link("alternate", absolute(base, page), "text/html")));
        Person werkraum = new Person();
        werkraum.setName("Werkraum");
        feed.setAuthors(List.of(werkraum));
        // the entries' own images and links are addresses on this server
        feed.setXmlBase(base + "/");
        feed.setEntries(items.stream().map(item -> entry(base, item)).toList());
        try {
            String xml = new WireFeedOutput().outputString(feed);
            return Response.ok(xml, ATOM).lastModified(Date.from(updated)).build();
        } catch (FeedException e) {
            throw new IllegalStateException("the feed could not be written", e);
        }
    }

    private Entry entry(URI base, Item item) {
        String address = absolute(base, item.page());
        Entry entry = new Entry();
        entry.setId(address);
        entry.setTitleEx(text(item.title()));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        entry.setAlternateLinks(List.of(link("alternate", address, "text/html")));
        Person author = new Person();
        author.setName(item.authorName());
        author.setUri(absolute(base, links.profile(item.authorLogin())));
        entry.setAuthors(List.of(author));
        Content content = new Content();
        content.setType("html");
        content.setValue(item.html());
        entry.setContents(List.of(content));
        if (item.summary() != null) {
            entry.setSummary(text(item.summary()));
        }
        entry.setCategories(item.tags().stream()
                .map(tag -> {
                    Category category = new Category();
                    category.setTerm(tag);
                    return category;
                })
                .toList());
        return entry;
    }

    private static String absolute(URI base, String path) {
        return base.resolve(path).toString();
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType("text");
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    /** German for readers that ask for it first, English otherwise. */
    private Locale language() {
        return headers.getAcceptableLanguages().stream()
                .filter(locale -> "de".equals(locale.getLanguage()) || "en".equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
