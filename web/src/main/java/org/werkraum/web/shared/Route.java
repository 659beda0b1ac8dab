package org.werkraum.web.shared;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses of the pages as people bookmark and share them ({@code /people/anna.schmidt}, {@code /communities/42},
 * {@code /search?q=…}) and the view behind each: the one table that {@link CleanUrlFilter} reads to serve an address
 * and {@link CleanUrlViewHandler} to write links, form actions and redirects. A feature adds its pages here.
 */
public enum Route {
    HOME("/", "home/home"),
    PEOPLE("/people", "people/directory"),
    PROFILE_EDIT("/people/{login}/edit", "people/edit"),
    BLOG("/people/{login}/blog", "blog/blog"),
    PROFILE("/people/{login}", "people/profile"),
    COMMUNITIES("/communities", "community/directory"),
    COMMUNITY_NEW("/communities/new", "community/new"),
    COMMUNITY_BLOG("/communities/{id}/blog", "blog/community"),
    COMMUNITY_BOARDS("/communities/{id}/ideas", "ideation/boards"),
    COMMUNITY_WIKI("/communities/{id}/wiki", "wiki/community"),
    COMMUNITY("/communities/{id}", "community/community"),
    BLOGS("/blogs", "blog/directory"),
    LEADERSHIP("/leadership", "blog/leadership"),
    TAGGED_POSTS("/tags/{tag}", "blog/tagged"),
    POST_NEW("/posts/new", "blog/edit"),
    DRAFTS("/posts/drafts", "blog/drafts"),
    POST_EDIT("/posts/{id}/edit", "blog/edit"),
    POST("/posts/{id}", "blog/post"),
    IDEA_NEW("/boards/{id}/new", "ideation/new"),
    BOARD_SETTINGS("/boards/{id}/settings", "ideation/settings"),
    BOARD("/boards/{id}", "ideation/board"),
    IDEA("/ideas/{id}", "ideation/idea"),
    BOOKMARKS("/bookmarks", "bookmark/list"),
    BOOKMARK_NEW("/bookmarks/new", "bookmark/new"),
    BOOKMARK_FILES("/bookmarks/files", "bookmark/files"),
    BOOKMARKED_PAGE("/bookmarks/pages/{id}", "bookmark/page"),
    WIKIS("/wikis", "wiki/directory"),
    WIKI_NEW("/wikis/new", "wiki/new"),
    WIKI_PAGE_NEW("/wikis/{wiki}/new", "wiki/edit"),
    WIKI_WANTED("/wikis/{id}/wanted", "wiki/wanted"),
    WIKI_ORPHANED("/wikis/{id}/orphaned", "wiki/orphaned"),
    WIKI_INDEX("/wikis/{id}/index", "wiki/index"),
    WIKI_TRASH("/wikis/{id}/trash", "wiki/trash"),
    WIKI("/wikis/{id}", "wiki/wiki"),
    WIKI_PAGE_EDIT("/pages/{id}/edit", "wiki/edit"),
    WIKI_PAGE_MOVE("/pages/{id}/move", "wiki/move"),
    WIKI_PAGE_DELETE("/pages/{id}/delete", "wiki/delete"),
    WIKI_PAGE_HISTORY("/pages/{id}/history", "wiki/history"),
    WIKI_PAGE_DIFF("/pages/{id}/diff", "wiki/diff"),
    WIKI_REVISION("/pages/{id}/revisions/{number}", "wiki/revision"),
    WIKI_PAGE("/pages/{id}", "wiki/page"),
    FOLLOWING("/following", "activity/following"),
    NOTIFICATIONS("/notifications", "notification/notifications"),
    MAIL_SETTINGS("/settings/mail", "mail/settings"),
    MAIL_STOP("/mail/stop", "mail/stop"),
    SEARCH("/search", "search/search"),
    LOGIN("/login", "signin/login"),
    PASSWORD_RESET("/password-reset", "signin/password-reset"),
    PASSWORD("/account/password", "signin/password"),
    TOKENS("/account/tokens", "signin/tokens"),
    ADMIN_IMPORT("/admin/import", "admin/import"),
    ADMIN_SEARCH("/admin/search", "admin/search");

    /**
     * Where the views live: out of reach of a browser, so that a view is only ever shown at its address, and in one
     * folder per feature as the web module's packages are.
     */
    public static final String VIEWS = "/WEB-INF/views/";

    /** The views of the first release, linked from bookmarks and e-mails of that time. */
    private static final Map<String, Route> FORMER_VIEWS = Map.ofEntries(
            Map.entry("/index.xhtml", HOME),
            Map.entry("/people.xhtml", PEOPLE),
            Map.entry("/communities.xhtml", COMMUNITIES),
            Map.entry("/community.xhtml", COMMUNITY),
            Map.entry("/community-new.xhtml", COMMUNITY_NEW),
            Map.entry("/search.xhtml", SEARCH),
            Map.entry("/login.xhtml", LOGIN),
            Map.entry("/password-reset.xhtml", PASSWORD_RESET),
            Map.entry("/password.xhtml", PASSWORD),
            Map.entry("/tokens.xhtml", TOKENS),
            Map.entry("/profile.xhtml", PROFILE),
            Map.entry("/profile-edit.xhtml", PROFILE_EDIT),
            Map.entry("/admin/import.xhtml", ADMIN_IMPORT),
            Map.entry("/admin/search.xhtml", ADMIN_SEARCH));

    private final String address;
    private final String view;
    private final Pattern pattern;
    private final List<String> parameters = new ArrayList<>();

    Route(String address, String view) {
        this.address = address;
        this.view = VIEWS + view + ".xhtml";
        Matcher names = Syntax.PARAMETER.matcher(address);
        while (names.find()) {
            parameters.add(names.group(1));
        }
        this.pattern = Pattern.compile(Syntax.PARAMETER.matcher(address).replaceAll("(?<$1>[^/]+)"));
    }

    public String view() {
        return view;
    }

    /** The route whose address this is, with the values of its path parameters. */
    static Optional<Match> serving(String path) {
        for (Route route : values()) {
            Matcher matcher = route.pattern.matcher(path);
            if (matcher.matches()) {
                Map<String, String> values = new LinkedHashMap<>();
                route.parameters.forEach(name -> values.put(name, decode(matcher.group(name))));
                return Optional.of(new Match(route, values));
            }
        }
        return Optional.empty();
    }

    /** Whether this is the file name of a view of the first release. */
    static boolean isFormerView(String path) {
        return FORMER_VIEWS.containsKey(path);
    }

    /** The routes of a view, also of a view of the first release; empty for views without an address of their own. */
    static List<Route> ofView(String view) {
        List<Route> routes = new ArrayList<>();
        for (Route route : values()) {
            if (route.view.equals(view)) {
                routes.add(route);
            }
        }
        if (routes.isEmpty() && FORMER_VIEWS.containsKey(view)) {
            routes.add(FORMER_VIEWS.get(view));
        }
        return routes;
    }

    /**
     * The clean form of a URL the Faces runtime wrote for a view ({@code …/WEB-INF/views/people/profile.xhtml?login=anna} becomes
     * {@code /werkraum/people/anna}); any other URL, or one lacking a path parameter, as it is.
     */
    static String clean(String url, String contextPath) {
        int queryStart = url.indexOf('?');
        String path = queryStart < 0 ? url : url.substring(0, queryStart);
        if (!path.startsWith(contextPath)) {
            return url;
        }
        String inside = path.substring(contextPath.length());
        List<Route> routes = ofView(inside);
        if (routes.isEmpty()) {
            // a view linking to itself starts from the address it was shown at: /people/anna?login=ben, or
            // /posts/new?id=42 once the new post has its id
            serving(inside)
                    .map(match -> ofView(match.route().view()))
                    .filter(views -> views.stream().anyMatch(r -> !r.parameters.isEmpty()))
                    .ifPresent(routes::addAll);
        }
        Map<String, List<String>> query = parseQuery(queryStart < 0 ? "" : url.substring(queryStart + 1));
        return addressOf(routes, query).map(address -> contextPath + address).orElse(url);
    }

    /**
     * The address of the first of these routes that the query fills; a view at two addresses (a new post, a post's
     * editing) takes the one with the most path parameters it can fill.
     */
    static Optional<String> addressOf(List<Route> routes, Map<String, List<String>> query) {
        List<Route> candidates = new ArrayList<>(routes);
        candidates.sort(
                Comparator.comparingInt((Route r) -> r.parameters.size()).reversed());
        for (Route route : candidates) {
            Optional<String> address = route.address(query);
            if (address.isPresent()) {
                return address;
            }
        }
        return Optional.empty();
    }

    /** This route's address with its path parameters taken from the query, the rest of which follows it. */
    Optional<String> address(Map<String, List<String>> query) {
        Map<String, List<String>> rest = new LinkedHashMap<>(query);
        StringBuilder path = new StringBuilder();
        Matcher names = Syntax.PARAMETER.matcher(address);
        while (names.find()) {
            List<String> values = rest.remove(names.group(1));
            if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
                return Optional.empty();
            }
            names.appendReplacement(path, Matcher.quoteReplacement(encode(values.get(0))));
        }
        names.appendTail(path);
        StringJoiner queryString = new StringJoiner("&", "?", "").setEmptyValue("");
        rest.forEach((name, values) -> values.forEach(value -> queryString.add(encode(name) + "=" + encode(value))));
        return Optional.of(path + queryString.toString());
    }

    /**
     * This route's address below the context path, with values given as name, value, name, value…: those named in the
     * address fill it, the others follow as the query (a {@code null} value is left out). Empty if a path parameter
     * has no value.
     */
    Optional<String> address(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs: " + Arrays.toString(namesAndValues));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                query.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>())
                        .add(namesAndValues[i + 1]);
            }
        }
        return address(query);
    }

    static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** A path parameter: a login or an id, one path segment (a holder, since enum constructors see no statics). */
    private static final class Syntax {
        static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    }

    /** A route serving an address, and the values of its path parameters. */
    record Match(Route route, Map<String, String> parameters) {}
}
