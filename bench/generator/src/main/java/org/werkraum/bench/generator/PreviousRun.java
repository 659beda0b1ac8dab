package org.werkraum.bench.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The rows of an earlier run, known by their markers: org units by the code prefix {@value #CODE_PREFIX}, people by
 * the mail domain {@value #MAIL_DOMAIN}, communities by a generated creator.
 */
final class PreviousRun {

    static final String CODE_PREFIX = "gen-";
    static final String MAIL_DOMAIN = "generated.werkraum.example";

    /** Where the generated bookmarked pages are ({@link Bookmarks}). */
    static final String BOOKMARKED = "https://intranet.werkraum.example/";

    private static final String GENERATED_UNIT = "code like '" + CODE_PREFIX + "%'";
    private static final String GENERATED_PERSON = "email like '%@" + MAIL_DOMAIN + "'";
    private static final String GENERATED_PEOPLE = "select id from person where " + GENERATED_PERSON;

    private final Statement statement;
    private final Phases phases;

    private PreviousRun(Statement statement, Phases phases) {
        this.statement = statement;
        this.phases = phases;
    }

    static boolean present(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select exists (select 1 from org_unit where "
                        + GENERATED_UNIT + ") or exists (" + GENERATED_PEOPLE + ")")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    /**
     * Deletes the generated people, org units and communities, and with them (by cascade) their roles, expertise,
     * memberships, tags, access tokens and password links; also communities that generated people created while
     * the application ran, and their memberships in other communities. Runs in autocommit mode, a transaction per
     * step, so that a failed run can simply be repeated.
     */
    static void delete(Connection connection, Phases phases) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // "person_id in (the 400,000 generated people)" is a hash look-up only when the hash fits in work_mem;
            // with the default 4 MB PostgreSQL scans the whole list for every row (76,700 idea votes: hours)
            statement.execute("set work_mem = '256MB'");
            new PreviousRun(statement, phases).delete();
            statement.execute("reset work_mem");
        }
    }

    private void delete() throws SQLException {
        // the stream and what it is read from: activity, follows, bookmarks (also others' of the generated pages)
        delete("activity", "delete from activity where actor_id in (" + GENERATED_PEOPLE + ")");
        delete(
                "notifications",
                "delete from notification where actor_id in (" + GENERATED_PEOPLE + ") or recipient_id in ("
                        + GENERATED_PEOPLE + ")");
        delete(
                "follows of people",
                "delete from follow_person where follower_id in (" + GENERATED_PEOPLE + ") or person_id in ("
                        + GENERATED_PEOPLE + ")");
        delete(
                "follows of communities",
                "delete from follow_community where follower_id in (" + GENERATED_PEOPLE + ")");
        delete("follows of tags", "delete from follow_tag where follower_id in (" + GENERATED_PEOPLE + ")");
        String generatedPages = "select id from bookmarked_page where address like '" + BOOKMARKED + "%'";
        delete(
                "bookmarks",
                "delete from bookmark where person_id in (" + GENERATED_PEOPLE + ") or page_id in (" + generatedPages
                        + ")");
        // the check of bookmark's key to the page has no index of all bookmarks by page (the one there is of public
        // ones): it reads the table for every page, and the 720,000 bookmarks just deleted must be gone from it first
        vacuum("bookmarks", "bookmark, bookmark_tag");
        delete("bookmarked pages", "delete from bookmarked_page where id in (" + generatedPages + ")");
        vacuum(
                "activity and bookmarks",
                "activity, activity_tag, notification, follow_person, follow_community, bookmark");
        // ideation: the boards of the communities to go (with their ideas, votes and comments), and what generated
        // people did on other boards
        String boardsGoing = "select id from idea_board where created_by in (" + GENERATED_PEOPLE
                + ") or community_id in (select id from community where created_by in (" + GENERATED_PEOPLE + "))";
        String ideasGoing = "select id from idea where author_id in (" + GENERATED_PEOPLE + ") or board_id in ("
                + boardsGoing + ")";
        delete(
                "idea votes",
                "delete from idea_vote where person_id in (" + GENERATED_PEOPLE + ") or idea_id in (" + ideasGoing
                        + ")");
        delete(
                "idea comments",
                "delete from idea_comment where author_id in (" + GENERATED_PEOPLE + ") or idea_id in (" + ideasGoing
                        + ")");
        delete(
                "idea removal marks",
                "update idea_comment set removed_by = null where removed_by in (" + GENERATED_PEOPLE + ")");
        delete(
                "duplicates of ideas to go",
                "update idea set status = 'NEW', duplicate_of_id = null" + " where duplicate_of_id in (" + ideasGoing
                        + ")");
        delete(
                "idea decisions",
                "update idea set status_changed_by = null where status_changed_by in (" + GENERATED_PEOPLE + ")");
        delete("ideas", "delete from idea where id in (" + ideasGoing + ")");
        delete("idea boards", "delete from idea_board where id in (" + boardsGoing + ")");
        vacuum("ideas", "idea_board, idea, idea_tag, idea_vote, idea_comment");
        // wikis: those of the communities to go and those generated people created, with their pages and revisions
        String wikisGoing = "select id from wiki where created_by in (" + GENERATED_PEOPLE
                + ") or community_id in (select id from community where created_by in (" + GENERATED_PEOPLE + "))";
        delete("wiki pages", "delete from wiki_page where wiki_id in (" + wikisGoing + ")");
        delete("wikis", "delete from wiki where id in (" + wikisGoing + ")");
        delete("wiki members", "delete from wiki_member where person_id in (" + GENERATED_PEOPLE + ")");
        // the blogs of the communities to go, with the posts others wrote there (their discussion by cascade)
        String communityBlogsGoing = "select id from blog where community_id in (select id from community"
                + " where created_by in (" + GENERATED_PEOPLE + "))";
        delete("community posts", "delete from blog_post where blog_id in (" + communityBlogsGoing + ")");
        delete("community blogs", "delete from blog where id in (" + communityBlogsGoing + ")");
        delete("communities", "delete from community where created_by in (" + GENERATED_PEOPLE + ")");
        delete(
                "other memberships",
                "delete from community_membership where person_id in (" + GENERATED_PEOPLE + ") or invited_by in ("
                        + GENERATED_PEOPLE + ")");
        // community.created_by and community_membership.invited_by have no index, so deleting a person scans them:
        // without their dead rows gone, 400,000 deletes would each read the whole old table
        vacuum("communities", "community, community_tag, community_membership");
        // what generated people wrote and liked, and what others wrote under their posts (by cascade)
        delete("likes", "delete from post_like where person_id in (" + GENERATED_PEOPLE + ")");
        delete("comment likes", "delete from comment_like where person_id in (" + GENERATED_PEOPLE + ")");
        delete("leadership reads", "delete from leadership_reader where person_id in (" + GENERATED_PEOPLE + ")");
        delete("comments", "delete from post_comment where author_id in (" + GENERATED_PEOPLE + ")");
        delete(
                "removal marks",
                "update post_comment set removed_by = null where removed_by in (" + GENERATED_PEOPLE + ")");
        delete("post revisions", "delete from blog_post_revision where replaced_by in (" + GENERATED_PEOPLE + ")");
        delete("images", "delete from post_image where owner_id in (" + GENERATED_PEOPLE + ")");
        delete("posts", "delete from blog_post where author_id in (" + GENERATED_PEOPLE + ")");
        // each deleted blog is checked against blog_post.blog_id, which has no index of its own: without the dead
        // posts gone first, 63,000 checks each read 100,000 dead rows (229 s)
        vacuum("posts", "blog_post, blog_post_tag, post_comment, post_like, comment_like");
        delete("blogs", "delete from blog where owner_id in (" + GENERATED_PEOPLE + ")");
        vacuum("blogs", "blog");
        delete("people", "delete from person where " + GENERATED_PERSON);
        delete("org units", "delete from org_unit where " + GENERATED_UNIT);
        vacuum("people", "person, person_role, person_expertise, org_unit");
    }

    private void delete(String what, String sql) throws SQLException {
        try (Phases.Phase phase = phases.start("delete " + what)) {
            int rows = statement.executeUpdate(sql);
            phase.done(String.format(Locale.ROOT, "%,11d rows", rows));
        }
    }

    private void vacuum(String what, String tables) throws SQLException {
        try (Phases.Phase phase = phases.start("vacuum " + what)) {
            statement.execute("vacuum " + tables);
            phase.done();
        }
    }
}
