package org.werkraum.search;

/** The spelling of the principals in a document's {@code readers} field. */
public final class Principals {

    /** Every signed-in employee. */
    public static final String EVERYONE = "all";

    private Principals() {}

    public static String user(long personId) {
        return "user:" + personId;
    }

    public static String community(long communityId) {
        return "community:" + communityId;
    }

    /** The people named in a wiki of its own that not everyone reads. */
    public static String wiki(long wikiId) {
        return "wiki:" + wikiId;
    }
}
