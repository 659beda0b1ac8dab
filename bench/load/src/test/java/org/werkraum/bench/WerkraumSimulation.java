package org.werkraum.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed-in people clicking through Werkraum: {@link Settings#USERS} at once (closed model), each a different login,
 * each signing in once through the login form and then, until the end, going round home, the people directory (first
 * page, filtered, a deep page), another person's profile, the communities directory, a community page, the invite
 * type-ahead there (for people who own the community), the search page and {@code /api/search} with a personal
 * access token. Every page is a group of its own in the report.
 *
 * <p>Time has three phases: the warm-up (the ramp included), the measured duration, and the cool-down (iterations that
 * run past the end). Requests of the warm-up and cool-down sit in the groups "warm-up" and "cool-down"; the groups
 * named after the pages hold the measured requests alone, and the assertions look at them. Setting up (sign-in,
 * token, finding one's community) is group "setup", revoking the token "teardown".
 *
 * <p>Settings: see {@link Settings}; addresses: see {@link Paths}.
 */
public class WerkraumSimulation extends Simulation {

    /** Group names of the pages, in the order of a round; bench/load.sh prints them in this order. */
    static final String HOME = "home";
    static final String PEOPLE = "people";
    static final String PEOPLE_FILTER = "people filtered";
    static final String PEOPLE_DEEP = "people deep page";
    static final String PROFILE = "profile";
    static final String COMMUNITIES = "communities";
    static final String COMMUNITY = "community";
    static final String TYPE_AHEAD = "invite type-ahead";
    static final String MENTION = "mention type-ahead";
    static final String SEARCH = "search";
    static final String API_SEARCH = "api search";
    static final String BLOGS = "blogs";
    static final String BLOG_HOME = "blog home";
    static final String POST = "post";
    static final String BOARDS = "ideas";
    static final String BOARD = "board";
    static final String WIKIS = "wikis";
    static final String WIKI = "wiki";
    static final String WIKI_INDEX = "wiki index";
    static final String WIKI_PAGE = "wiki page";
    static final String WIKI_HISTORY = "wiki history";
    static final String WIKI_DIFF = "wiki diff";
    static final String STREAM_POSTS = "stream, posts";
    static final String BOOKMARKS = "bookmarks";
    static final String NOTIFICATIONS = "notifications";

    static final List<String> PAGES =
            List.of(
                    HOME,
                    PEOPLE,
                    PEOPLE_FILTER,
                    PEOPLE_DEEP,
                    PROFILE,
                    COMMUNITIES,
                    BLOGS,
                    BLOG_HOME,
                    POST,
                    BOARD,
                    WIKIS,
                    WIKI,
                    WIKI_INDEX,
                    WIKI_PAGE,
                    WIKI_HISTORY,
                    WIKI_DIFF,
                    STREAM_POSTS,
                    BOOKMARKS,
                    NOTIFICATIONS);
    static final List<String> FAST = List.of(TYPE_AHEAD, MENTION, API_SEARCH);

    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)\\D*$");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** Epoch milliseconds of the start of the measured time and of its end; set when the run starts. */
    private static volatile long measureStart = Long.MAX_VALUE;

    private static volatile long measureEnd = Long.MAX_VALUE;

    private static final AtomicBoolean STOPPED = new AtomicBoolean();

    private final ScheduledExecutorService markers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "werkraum-bench-markers");
        thread.setDaemon(true);
        return thread;
    });

    private final Logins logins;
    private final String origin;

    public WerkraumSimulation() {
        try {
            Settings.validate();
            origin = origin(Settings.BASE_URL);
            preflight();
            logins = Logins.load();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw abort(e.getMessage());
        }
        System.out.println("Werkraum load: " + Settings.describe());
        System.out.println("Werkraum load: " + logins + "; " + logins.owners() + " of the first " + Settings.USERS
                + " own a community according to the feeder (the others are looked up at sign-in)");

        HttpProtocolBuilder protocol = http.baseUrl(Settings.BASE_URL)
                .disableWarmUp() // no request to gatling.io; gatling.conf says so too
                .disableCaching() // every page from the server, as after a reload
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Werkraum load benchmark (Gatling)");

        ScenarioBuilder people = scenario("Signed-in people")
                .feed(listFeeder(logins.records).queue())
                .exec(session -> session.set("password", Settings.PASSWORD))
                .group("setup")
                .on(
                        signIn(),
                        // a refused sign-in is no load figure: wrong password, unknown login, or throttled; every
                        // further attempt would count against the throttle of this address, so stop
                        stopIfFailed(login -> "signing in as " + login + " failed (see the errors below): wrong "
                                + "password (-Dpassword), a login that cannot sign in, or throttled after failures "
                                + "(429)"),
                        createToken(),
                        stopIfFailed(login -> "creating an access token for " + login
                                + " with HTTP Basic failed (see the errors below)"),
                        findOwnedCommunity())
                .asLongAs(session -> System.currentTimeMillis() < measureEnd)
                .on(round())
                .group("teardown")
                .on(revokeToken());

        // People go round until the measured time is over and then stop; the injection stops a second earlier, so
        // that nobody who stops is replaced by a new person (which would sign in for nothing and use up a login).
        Duration steady = Settings.WARMUP.minus(Settings.RAMP).plus(Settings.DURATION).minusSeconds(1);
        if (steady.compareTo(Duration.ofSeconds(1)) < 0) {
            steady = Duration.ofSeconds(1);
        }
        List<ClosedInjectionStep> injection = new ArrayList<>();
        if (!Settings.RAMP.isZero()) {
            injection.add(rampConcurrentUsers(0).to(Settings.USERS).during(Settings.RAMP));
        }
        injection.add(constantConcurrentUsers(Settings.USERS).during(steady));
        setUp(people.injectClosed(injection))
                .protocols(protocol)
                .maxDuration(Settings.WARMUP.plus(Settings.DURATION).plus(Duration.ofMinutes(2)))
                .assertions(assertions());
    }

    /**
     * Stops before anything runs, with the reason alone (no stack trace): nothing answers, or a setting or the
     * feeder is wrong. Without -Dstrict the Maven build still ends in BUILD SUCCESS; bench/load.sh notices.
     */
    private static RuntimeException abort(String reason) {
        String line = "=".repeat(100);
        System.err.println(line + "\nWerkraum load benchmark NOT run: " + reason + "\n" + line);
        System.err.flush();
        System.exit(1);
        return new IllegalStateException(reason);
    }

    /**
     * Stops the whole run when the virtual user's last request failed, and says why once on the console (Gatling
     * logs the reason only at INFO).
     */
    private static ChainBuilder stopIfFailed(Function<String, String> reason) {
        return stopLoadGeneratorIf(
                session -> reason.apply(session.getString("login")),
                session -> {
                    if (session.isFailed() && STOPPED.compareAndSet(false, true)) {
                        System.err.println("=".repeat(100) + "\nWerkraum load benchmark stopped: "
                                + reason.apply(session.getString("login")) + "\n" + "=".repeat(100));
                    }
                    return session.isFailed();
                });
    }

    @Override
    public void before() {
        long now = System.currentTimeMillis();
        measureStart = now + Settings.WARMUP.toMillis();
        measureEnd = measureStart + Settings.DURATION.toMillis();
        if (!Settings.MARKER_DIR.isBlank()) {
            Path dir = Path.of(Settings.MARKER_DIR);
            try {
                Files.createDirectories(dir);
                Files.deleteIfExists(dir.resolve("measure-start"));
                Files.deleteIfExists(dir.resolve("measure-end"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            markers.schedule(() -> mark(dir, "measure-start"), measureStart - now, TimeUnit.MILLISECONDS);
            markers.schedule(() -> mark(dir, "measure-end"), measureEnd - now, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void after() {
        markers.shutdownNow();
    }

    // ---------------------------------------------------------------------------------------------------- setup

    /**
     * The login form, as a browser fills it: the form, its field names and the view state come from the page; a
     * successful sign-in redirects to a page with the logout button.
     */
    private ChainBuilder signIn() {
        return exec(http("sign-in form")
                        .get(Paths.LOGIN)
                        .check(status().is(200))
                        .check(css("form:has(input[type=password])", "action").saveAs("loginAction"))
                        .check(css("form:has(input[type=password])", "id").saveAs("loginForm"))
                        .check(css("form:has(input[type=password]) input[type=password]", "name")
                                .saveAs("passwordField"))
                        .check(css("form:has(input[type=password]) input[autocomplete=username]", "name")
                                .saveAs("loginField"))
                        .check(css("form:has(input[type=password]) button[type=submit]", "name")
                                .saveAs("submitField"))
                        .check(css("form:has(input[type=password]) input[name='" + VIEW_STATE + "']", "value")
                                .saveAs("viewState")))
                .exec(http("sign-in")
                        .post(origin + "#{loginAction}")
                        .formParam("#{loginForm}", "#{loginForm}")
                        .formParam("#{loginField}", "#{login}")
                        .formParam("#{passwordField}", "#{password}")
                        .formParam("#{submitField}", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(200))
                        // only signed-in pages have the logout button; a refused sign-in shows the form again
                        .check(css("#logout").exists().name("signed in (a page with the logout button)")));
    }

    /** A personal access token for /api/search, created with HTTP Basic once; it expires after a day anyway. */
    private ChainBuilder createToken() {
        return exec(http("create token")
                .post(Paths.API_TOKENS)
                .basicAuth("#{login}", "#{password}")
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .body(StringBody("{\"name\":\"bench/load (Gatling)\",\"expiresInDays\":1}"))
                .check(status().is(201))
                .check(jsonPath("$.secret").saveAs("token"))
                .check(jsonPath("$.token.id").saveAs("tokenId")));
    }

    /** A community the person owns, unless the feeder named one: the invite type-ahead needs it. */
    private ChainBuilder findOwnedCommunity() {
        return doIf(session -> Logins.text(session.get("community")).isEmpty())
                .then(exec(http("find own community")
                        .get(Paths.API_MY_COMMUNITIES)
                        .queryParam("mine", "true")
                        .queryParam("size", "100")
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200))
                        .check(jsonPath("$.items[?(@.standing == 'OWNER')].id")
                                .optional()
                                .saveAs("community"))));
    }

    private ChainBuilder revokeToken() {
        return doIf(session -> session.contains("tokenId"))
                .then(exec(http("revoke token")
                        .delete(Paths.API_TOKENS + "/#{tokenId}")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().in(204, 404))));
    }

    // ---------------------------------------------------------------------------------------------------- pages

    /** One round through the pages, with another person to look at and search for. */
    private ChainBuilder round() {
        return exec(this::pickOther)
                .exec(page(HOME, http(HOME)
                        .get(Paths.HOME)
                        .check(status().is(200))
                        .check(css("#colleaguesHeading").exists().name("home page (#colleaguesHeading)"))
                        .check(css("#streamHeading").exists().name("home stream (#streamHeading)"))))
                .exec(page(PEOPLE, http(PEOPLE)
                        .get(Paths.PEOPLE)
                        .check(status().is(200))
                        .check(css("#peopleList li").exists().name("people listed (#peopleList li)"))
                        // "Page 1 of N" under the list (N formatted: 1,234 or 1.234): N for the deep page
                        .check(regex("class=\"wr-pager-position\">[^<]*?(\\d[\\d.,'\u00a0\u202f]*)\\s*<")
                                .transform(count -> Integer.valueOf(count.replaceAll("\\D", "")))
                                .optional()
                                .saveAs("peoplePages"))))
                .exec(page(PEOPLE_FILTER, http(PEOPLE_FILTER)
                        .get(Paths.PEOPLE)
                        .queryParam("#{filterParam}", "#{filterValue}")
                        .check(status().is(200))
                        .check(css("#peopleList").exists().name("people directory (#peopleList)"))))
                .exec(page(PEOPLE_DEEP, http(PEOPLE_DEEP)
                        .get(Paths.PEOPLE)
                        .queryParam("page", session -> Math.max(0, session.getInt("peoplePages") - 1))
                        .check(status().is(200))
                        .check(css("#peopleList li").exists().name("people listed (#peopleList li)"))))
                .exec(page(PROFILE, http(PROFILE)
                        .get(Paths.PROFILE)
                        .check(status().is(200))
                        .check(css("#profileName").exists().name("profile page (#profileName)"))))
                .exec(page(COMMUNITIES, http(COMMUNITIES)
                        .get(Paths.COMMUNITIES)
                        .check(status().is(200))
                        .check(css("#communityList").exists().name("communities directory (#communityList)"))
                        .check(css("#communityList a.wr-list-title", "href")
                                .findAll()
                                .optional()
                                .saveAs("communityLinks"))))
                .exec(this::pickCommunity)
                .doIf(session -> session.contains("communityId"))
                .then(page(COMMUNITY, http(COMMUNITY)
                                .get(Paths.COMMUNITY)
                                .check(status().is(200))
                                .check(css("#communityName").exists().name("community page (#communityName)"))
                                // the invite box, which only owners see
                                .check(css("form:has(.ui-autocomplete) .ui-autocomplete", "id")
                                        .optional()
                                        .saveAs("inviteBox")))
                        .doIf(session -> session.contains("inviteBox"))
                        .then(page(TYPE_AHEAD, typeAhead()))
                        .exec(ideas()))
                .exec(blogs())
                .exec(wikis())
                .exec(page(STREAM_POSTS, http(STREAM_POSTS)
                        .get(Paths.HOME)
                        .queryParam("type", "posts")
                        .check(status().is(200))
                        .check(css("#stream-posts[aria-current=page]").exists().name("stream of posts"))))
                .exec(page(BOOKMARKS, http(BOOKMARKS)
                        .get(Paths.BOOKMARKS)
                        .check(status().is(200))
                        .check(css("#bookmarkListHeading").exists().name("bookmarks (#bookmarkListHeading)"))))
                // "@" and the first letters of a colleague's last name in a comment
                .exec(page(MENTION, http(MENTION)
                        .get(Paths.SUGGEST_MENTIONS)
                        .queryParam("query", "#{typed}")
                        .header("Accept", "application/json")
                        .check(status().is(200))
                        .check(jsonPath("$.suggestions[0].value").exists().name("mentionable ($.suggestions)"))))
                .exec(page(NOTIFICATIONS, http(NOTIFICATIONS)
                        .get(Paths.NOTIFICATIONS)
                        .check(status().is(200))
                        .check(css("#notificationsHeading").exists().name("notifications (#notificationsHeading)"))))
                .exec(page(SEARCH, http(SEARCH)
                        .get(Paths.SEARCH)
                        .queryParam("q", "#{searchTerm}")
                        .check(status().is(200))
                        .check(css("#searchResults").exists().name("search results (#searchResults)"))))
                .exec(page(API_SEARCH, http(API_SEARCH)
                        .get(Paths.API_SEARCH)
                        .queryParam("q", "#{searchTerm}")
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200))
                        .check(jsonPath("$.total").exists().name("search result JSON ($.total)"))));
    }

    /**
     * Reading blogs: the blog directory, one of its most active blogs (a person's or a community's), and one of that
     * blog's posts with its discussion, as a reader arrives at them by following links.
     */
    private ChainBuilder blogs() {
        return exec(session -> session.remove("blogPath").remove("postPath"))
                .exec(page(BLOGS, http(BLOGS)
                        .get(Paths.BLOGS)
                        .check(status().is(200))
                        .check(css("#mostActiveHeading").exists().name("blog directory (#mostActiveHeading)"))
                        .check(css("#mostActiveBlogs a.wr-list-title", "href")
                                .findAll()
                                .optional()
                                .saveAs("blogLinks"))))
                .exec(session -> pick(session, "blogLinks", "blogPath"))
                .doIf(session -> session.contains("blogPath"))
                .then(exec(page(BLOG_HOME, http(BLOG_HOME)
                                .get("#{blogPath}")
                                .check(status().is(200))
                                .check(css("h1").exists().name("blog heading (h1)"))
                                .check(css("#blogPosts a.wr-list-title, #communityBlogPosts a.wr-list-title", "href")
                                        .findAll()
                                        .optional()
                                        .saveAs("postLinks"))))
                        .exec(session -> pick(session, "postLinks", "postPath"))
                        .doIf(session -> session.contains("postPath"))
                        .then(page(POST, http(POST)
                                .get("#{postPath}")
                                .check(status().is(200))
                                .check(css("#postTitle").exists().name("post page (#postTitle)")))));
    }

    /**
     * Reading wikis: the wiki directory, one of its wikis with its tree and its index of all pages, one of its top
     * pages, that page's history and the changes of its last revision, as a reader arrives at them by following links.
     */
    private ChainBuilder wikis() {
        return exec(session -> session.remove("wikiPath").remove("wikiPagePath").remove("wikiRevision"))
                .exec(page(WIKIS, http(WIKIS)
                        .get(Paths.WIKIS)
                        .check(status().is(200))
                        .check(css("#wikis a.wr-list-title", "href")
                                .findAll()
                                .optional()
                                .saveAs("wikiLinks"))))
                .exec(session -> pick(session, "wikiLinks", "wikiPath"))
                .doIf(session -> session.contains("wikiPath"))
                .then(exec(page(WIKI, http(WIKI)
                                .get("#{wikiPath}")
                                .check(status().is(200))
                                .check(css("#wikiName").exists().name("wiki page (#wikiName)"))
                                .check(css("#wikiPages a", "href")
                                        .findAll()
                                        .optional()
                                        .saveAs("wikiPageLinks"))))
                        .exec(page(WIKI_INDEX, http(WIKI_INDEX)
                                .get("#{wikiPath}/index")
                                .check(status().is(200))
                                .check(css("#indexHeading").exists().name("index (#indexHeading)"))))
                        .exec(session -> pick(session, "wikiPageLinks", "wikiPagePath"))
                        .doIf(session -> session.contains("wikiPagePath"))
                        .then(exec(page(WIKI_PAGE, http(WIKI_PAGE)
                                        .get("#{wikiPagePath}")
                                        .check(status().is(200))
                                        .check(css("#pageTitle").exists().name("wiki page (#pageTitle)"))
                                        .check(regex("Revision (\\d+)").optional().saveAs("wikiRevision"))))
                                .exec(page(WIKI_HISTORY, http(WIKI_HISTORY)
                                        .get("#{wikiPagePath}/history")
                                        .check(status().is(200))
                                        .check(css("#revisions").exists().name("history (#revisions)"))))
                                .doIf(session -> session.contains("wikiRevision")
                                        && Integer.parseInt(session.getString("wikiRevision")) > 1)
                                .then(page(WIKI_DIFF, http(WIKI_DIFF)
                                        .get("#{wikiPagePath}/diff")
                                        .queryParam(
                                                "from",
                                                session -> Integer.parseInt(session.getString("wikiRevision")) - 1)
                                        .queryParam("to", "#{wikiRevision}")
                                        .check(status().is(200))
                                        .check(css("#diff").exists().name("changes (#diff)"))))));
    }

    /** The community's idea boards, and its own board with its ideas by votes. */
    private ChainBuilder ideas() {
        return exec(session -> session.remove("boardPath"))
                .exec(page(BOARDS, http(BOARDS)
                        .get(Paths.BOARDS)
                        .check(status().is(200))
                        .check(css("#boardList a.wr-list-title", "href")
                                .findAll()
                                .optional()
                                .saveAs("boardLinks"))))
                .exec(session -> pick(session, "boardLinks", "boardPath"))
                .doIf(session -> session.contains("boardPath"))
                .then(page(BOARD, http(BOARD)
                        .get("#{boardPath}")
                        .check(status().is(200))
                        .check(css("#votesLeft").exists().name("board page (#votesLeft)"))));
    }

    /**
     * One of the links a page listed, as an address below the base URL (the links carry the context path), or
     * nothing when the page listed none.
     */
    private Session pick(Session session, String links, String target) {
        List<String> found = session.contains(links) ? session.<String>getList(links) : List.of();
        if (found.isEmpty()) {
            return session.remove(target);
        }
        String link = found.get(ThreadLocalRandom.current().nextInt(found.size()));
        String contextPath = URI.create(Settings.BASE_URL).getPath().replaceAll("/+$", "");
        return session.set(target, link.startsWith(contextPath + "/") ? link.substring(contextPath.length()) : link);
    }

    /**
     * What PrimeFaces' p:autoComplete asks when someone has typed a few letters into the invite box: a plain GET of
     * its {@code completeEndpoint}, answered with JSON suggestions.
     */
    private HttpRequestActionBuilder typeAhead() {
        return http(TYPE_AHEAD)
                .get(Paths.SUGGEST_PEOPLE)
                .queryParam("query", "#{typed}")
                .header("Accept", "application/json")
                .check(status().is(200))
                // the person whose name was typed is among the suggestions
                .check(jsonPath("$.suggestions[0].value").exists().name("suggestions ($.suggestions)"));
    }

    /**
     * A page in the group named after it, and that inside "warm-up" or "cool-down" outside the measured time; then the
     * think time.
     */
    private ChainBuilder page(String name, HttpRequestActionBuilder request) {
        ChainBuilder measured = group(name).on(request);
        ChainBuilder chain = exec(session -> session.set("phase", phase()))
                .doIfEqualsOrElse("#{phase}", "measure")
                .then(measured)
                .orElse(group("#{phase}").on(measured));
        return Settings.PAUSE.isZero() ? chain : chain.pause(Settings.PAUSE);
    }

    private static String phase() {
        long now = System.currentTimeMillis();
        return now < measureStart ? "warm-up" : now < measureEnd ? "measure" : "cool-down";
    }

    private Session pickOther(Session session) {
        Map<String, Object> other = logins.otherThan(session.getString("login"));
        String location = Logins.text(session.get("location"));
        String term = Logins.searchTerm(other);
        return session.set("otherLogin", other.get("login"))
                .set("searchTerm", term)
                .set("typed", Logins.typed(other))
                // the directory filtered by one's own location, else by the other person's name
                .set("filterParam", location.isEmpty() ? "name" : "location")
                .set("filterValue", location.isEmpty() ? term : location)
                .set("peoplePages", 1);
    }

    /** The community one owns, else one of those the directory lists first. */
    private Session pickCommunity(Session session) {
        Session cleared = session.remove("communityId").remove("inviteBox");
        String owned = Logins.text(session.get("community"));
        if (!owned.isEmpty()) {
            return cleared.set("communityId", owned);
        }
        List<String> links = session.contains("communityLinks") ? session.<String>getList("communityLinks") : List.of();
        List<String> ids = new ArrayList<>();
        for (String link : links) {
            Matcher matcher = LAST_NUMBER.matcher(link);
            if (matcher.find()) {
                ids.add(matcher.group(1));
            }
        }
        return ids.isEmpty()
                ? cleared
                : cleared.set("communityId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
    }

    // ---------------------------------------------------------------------------------------------------- checks

    /** Reported always; they fail the Maven build only with -Dstrict. */
    private static List<Assertion> assertions() {
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().count().is(0L));
        for (String page : PAGES) {
            assertions.add(details(page).responseTime().percentile(95).lte(100));
        }
        assertions.add(details(COMMUNITY).responseTime().percentile(95).lte(100));
        assertions.add(details(SEARCH).responseTime().percentile(95).lte(100));
        for (String fast : FAST) {
            assertions.add(details(fast).responseTime().percentile(95).lte(50));
        }
        return assertions;
    }

    /** Fails at once, with what to do, when nothing usable answers at the base URL. */
    private static void preflight() {
        URI login = URI.create(Settings.BASE_URL + Paths.LOGIN);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        int status;
        try {
            status = client.send(
                            HttpRequest.newBuilder(login)
                                    .timeout(Duration.ofSeconds(30))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new IllegalStateException("Nothing answers at " + Settings.BASE_URL + " (" + e + "). Start Werkraum "
                    + "(./mvnw -Prun package) or point -DbaseUrl at a running one.");
        } catch (HttpTimeoutException e) {
            throw new IllegalStateException(login + " did not answer within 30 s: is Werkraum still starting?");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + login + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + login, e);
        }
        if (status != 200) {
            throw new IllegalStateException(login + " answers " + status + ", not 200 with the login form.");
        }
    }

    private static String origin(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("-DbaseUrl=" + baseUrl + " is no absolute http(s) address");
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static void mark(Path dir, String name) {
        try {
            Files.writeString(dir.resolve(name), System.currentTimeMillis() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Werkraum load: could not write marker " + dir.resolve(name) + ": " + e);
        }
    }
}
