package org.werkraum.web.blog;

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
import org.werkraum.blog.PostFeed;
import org.werkraum.blog.PostLists;
import org.werkraum.web.security.ApplicationUrl;
import org.werkraum.web.security.CurrentUser;
import org.werkraum.web.shared.Links;

/**
 * Atom 1.0 feeds (RFC 4287) of a person's blog, a community's blog, a tag, a person's posts in every blog and the
 * leadership updates, written by Rome. They live under {@code /api/}, so a feed reader signs in as the API does, with
 * HTTP Basic or a personal access token and never with a session cookie, and gets exactly the posts its owner may
 * read; what he may not read does not exist (404), as on the pages.
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
    CurrentUser currentUser;

    @Inject
    Links links;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    Request preconditions;

    @GET
    @Path("people/{login}/blog")
    public Response blog(@PathParam("login") String login) {
        return feed(PostFeed.Source.BLOG, login, "blog.of", links.blog(login));
    }

    @GET
    @Path("people/{login}")
    public Response person(@PathParam("login") String login) {
        return feed(PostFeed.Source.PERSON, login, "feed.person", links.profile(login));
    }

    @GET
    @Path("communities/{id}/blog")
    public Response community(@PathParam("id") String id) {
        return feed(PostFeed.Source.COMMUNITY, id, "communityBlog.of", null);
    }

    @GET
    @Path("tags/{tag}")
    public Response tag(@PathParam("tag") String tag) {
        return feed(PostFeed.Source.TAG, tag, "tagged.heading", links.tagged(tag));
    }

    @GET
    @Path("leadership")
    public Response leadership() {
        return feed(PostFeed.Source.LEADERSHIP, null, "leadership.title", links.leadership());
    }

    /** The feed, or 304 when the reader's copy is as new as its newest entry. */
    private Response feed(PostFeed.Source source, String key, String titleKey, String page) {
        PostFeed posts = lists.feed(currentUser.caller(), source, key);
        Instant updated = posts.updated() == null
                ? Instant.now().truncatedTo(ChronoUnit.SECONDS)
                : posts.updated().truncatedTo(ChronoUnit.SECONDS);
        if (posts.updated() != null) {
            Response.ResponseBuilder unchanged = preconditions.evaluatePreconditions(Date.from(updated));
            if (unchanged != null) {
                return unchanged.build();
            }
        }
        URI base = ApplicationUrl.of(request);
        String self = base.resolve(request.getContextPath() + request.getServletPath() + request.getPathInfo())
                .toString();
        String alternate =
                page != null ? absolute(base, page) : absolute(base, links.communityBlog(Long.parseLong(key)));
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language());
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitleEx(text(MessageFormat.format(bundle.getString(titleKey), posts.subject())));
        feed.setUpdated(Date.from(updated));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        feed.setAlternateLinks(List.of(link("alternate", alternate, "text/html")));
        Person werkraum = new Person();
        werkraum.setName("Werkraum");
        feed.setAuthors(List.of(werkraum));
        // the posts' own images and links are addresses on this server
        feed.setXmlBase(base + "/");
        feed.setEntries(posts.entries().stream().map(post -> entry(base, post)).toList());
        try {
            String xml = new WireFeedOutput().outputString(feed);
            return Response.ok(xml, ATOM).lastModified(Date.from(updated)).build();
        } catch (FeedException e) {
            throw new IllegalStateException("the feed could not be written", e);
        }
    }

    private Entry entry(URI base, PostFeed.Entry post) {
        String address = absolute(base, links.post(post.id()));
        Entry entry = new Entry();
        entry.setId(address);
        entry.setTitleEx(text(post.title()));
        entry.setPublished(Date.from(post.published()));
        entry.setUpdated(Date.from(post.updated()));
        entry.setAlternateLinks(List.of(link("alternate", address, "text/html")));
        Person author = new Person();
        author.setName(post.authorName());
        author.setUri(absolute(base, links.profile(post.authorLogin())));
        entry.setAuthors(List.of(author));
        Content content = new Content();
        content.setType("html");
        content.setValue(post.html());
        entry.setContents(List.of(content));
        entry.setCategories(post.tags().stream()
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
