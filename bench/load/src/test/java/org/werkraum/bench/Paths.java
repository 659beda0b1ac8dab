package org.werkraum.bench;

/**
 * Every address the benchmark asks for, relative to the base URL ({@code http://localhost:8080/werkraum}), in one
 * place. Query parameters (filters, page, {@code q}) are added by the simulation. {@code #{…}} are Gatling session
 * attributes.
 */
final class Paths {

    /** The sign-in form. */
    static final String LOGIN = "/login";
    /** Home: the caller's communities and colleagues. */
    static final String HOME = "/";
    /** The people directory; query parameters {@code name}, {@code unit}, {@code location}, {@code page}. */
    static final String PEOPLE = "/people";
    /** Another person's profile. */
    static final String PROFILE = "/people/#{otherLogin}";
    /** The communities directory. */
    static final String COMMUNITIES = "/communities";
    /** One community page (for its owners with the invite type-ahead). */
    static final String COMMUNITY = "/communities/#{communityId}";
    /** The community's idea boards; its board is followed from there. */
    static final String BOARDS = "/communities/#{communityId}/ideas";
    /** The blog directory: the most active blogs and the newest; blogs and posts are followed from there. */
    static final String BLOGS = "/blogs";
    /** The wikis one reads; a wiki, its pages, a page's history and changes are followed from there. */
    static final String WIKIS = "/wikis";
    /** Everyone's newest bookmarks with the pages most people kept in 30 days. */
    static final String BOOKMARKS = "/bookmarks";

    /** The signed-in person's notifications (the bell's page). */
    static final String NOTIFICATIONS = "/notifications";

    /** The people offered while "@…" is typed in a text; query parameter {@code query}. */
    static final String SUGGEST_MENTIONS = "/suggest/mentions";
    /** The search page; query parameter {@code q}. */
    static final String SEARCH = "/search";
    /** The invite box's suggestions; query parameter {@code query}. */
    static final String SUGGEST_PEOPLE = "/suggest/people";

    /** The JSON API. */
    static final String API_TOKENS = "/api/people/me/tokens";
    static final String API_MY_COMMUNITIES = "/api/communities";
    static final String API_SEARCH = "/api/search";

    private Paths() {}
}
