package org.werkraum.bench.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Small runs of the generator against a scratch PostgreSQL with Werkraum's schema. */
class GenerateDirectoryTest {

    private static final String GENERATED = "p.email like '%@" + PreviousRun.MAIL_DOMAIN + "'";

    private static ScratchDatabase database;

    @BeforeAll
    static void startDatabase() throws Exception {
        database = ScratchDatabase.start(55471);
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSmallRunLoadsADirectoryThatKeepsEveryRuleOfTheSchemaAndTheOrgChart() throws Exception {
        assertEquals(0, generate("--replace", "--size", "small").status());

        assertEquals(2000, count("select count(*) from person p where " + GENERATED));
        assertEquals(
                50, count("select count(*) from community c join person p on p.id = c.created_by where " + GENERATED));
        assertEquals(
                0,
                count("select count(*) from person p where " + GENERATED + " and p.password_hash <> '"
                        + ScratchDatabase.DEMO_PASSWORD_HASH + "'"));
        assertEquals(0, count("select count(*) from person p where " + GENERATED + " and p.login !~ '^[a-z0-9.-]+$'"));
        assertEquals(1, count("select count(*) from person where login = 'thomas.mueller'"));
        assertEquals(
                0,
                count(
                        "select count(*) from person p where " + GENERATED
                                + " and not exists (select 1 from person_role r where r.person_id = p.id and r.role = 'EMPLOYEE')"));
        assertEquals(3, count("select count(distinct kind) from org_unit where code like 'gen-%'"));
        assertEquals(
                3,
                count("select count(distinct c.type) from community c join person p on p.id = c.created_by" + " where "
                        + GENERATED));
        assertEquals(
                0,
                count("select count(*) from org_unit u where u.code like 'gen-%'"
                        + " and not exists (select 1 from person p where p.org_unit_id = u.id)"));
        assertEquals(
                0,
                count(
                        "select count(*) from community c where not exists (select 1 from"
                                + " community_membership m where m.community_id = c.id and m.role = 'OWNER' and m.status = 'ACTIVE')"));
        assertEquals(
                0,
                count("select count(*) from org_unit u where u.code like 'gen-%' and u.parent_id is null"),
                "the generated divisions join Werkraum AG");
        // blogs in IBM's proportions: 63,000 of 400,000 blog, 260,000 posts and comments
        assertEquals(
                500, count("select count(*) from blog_post b join person p on p.id = b.author_id where " + GENERATED));
        assertEquals(
                800,
                count("select count(*) from post_comment c join person p on p.id = c.author_id where " + GENERATED));
        assertEquals(315, count("select count(*) from blog b join person p on p.id = b.owner_id where " + GENERATED));
        assertEquals(
                0,
                count("select count(*) from post_comment r join post_comment c on c.id = r.parent_id"
                        + " where c.parent_id is not null or c.post_id <> r.post_id"),
                "a reply answers a comment of the same post, one level deep");
        assertEquals(0, count("select count(*) from blog_post where html not like '<p>%'"));
        assertEquals(
                0,
                count("select count(*) from post_comment where created_at < (select published_at from"
                        + " blog_post b where b.id = post_comment.post_id)"));
        assertTrue(count("select count(*) from post_like") > 1900);
        assertTrue(count("select count(*) from blog_post where html like '%<table>%'") > 0);
        // ideation: a board per community, 1 idea per 20 people, votes within the limit of open votes per board
        assertEquals(
                count("select count(*) from community c join person p on p.id = c.created_by where " + GENERATED),
                count("select count(*) from idea_board b join community c on c.id = b.community_id"
                        + " join person p on p.id = c.created_by where b.is_default and " + GENERATED));
        assertEquals(100, count("select count(*) from idea i join person p on p.id = i.author_id where " + GENERATED));
        assertEquals(
                0,
                count("select count(*) from (select v.person_id, v.board_id from idea_vote v join idea i"
                        + " on i.id = v.idea_id where i.status in ('NEW', 'UNDER_REVIEW', 'ACCEPTED')"
                        + " group by v.person_id, v.board_id having count(*) > 5) over_limit"),
                "nobody has more than five open votes on a board");
        assertEquals(
                0,
                count("select count(*) from idea i where vote_count <> (select count(*) from idea_vote v"
                        + " where v.idea_id = i.id)"),
                "an idea's count is its votes");
        assertEquals(
                0,
                count("select count(*) from idea_vote v join idea_board b on b.id = v.board_id where not exists ("
                        + "select 1 from community_membership m where m.community_id = b.community_id"
                        + " and m.person_id = v.person_id and m.status = 'ACTIVE')"),
                "only members vote");
        assertEquals(0, count("select count(*) from idea where status = 'DECLINED' and status_note is null"));
        assertTrue(count("select count(*) from idea_vote") > 100);
        assertEquals(100, count("select count(*) from idea_comment"));

        // wikis: one per 16 people with 5 pages per 8 people, the benchmark's large and small wiki, every revision
        String generatedWikis = "select w.id from wiki w join person p on p.id = w.created_by where " + GENERATED;
        assertEquals(125, count("select count(*) from (" + generatedWikis + ") w"));
        assertEquals(1250, count("select count(*) from wiki_page where wiki_id in (" + generatedWikis + ")"));
        assertTrue(
                count("select count(*) from (select wiki_id from wiki_page group by wiki_id having count(*) = 312) w")
                        >= 1);
        assertTrue(count("select count(*) from (select wiki_id from wiki_page group by wiki_id having count(*) = 5) w")
                >= 1);
        assertEquals(
                0,
                count("select count(*) from wiki_page g where g.revision <> (select count(*) from page_revision r"
                        + " where r.page_id = g.id) or g.revision <> (select max(number) from page_revision r"
                        + " where r.page_id = g.id)"),
                "revisions 1 to the current one");
        assertEquals(
                0,
                count("select count(*) from wiki_page g join wiki_page q on q.id = g.parent_id"
                        + " where q.wiki_id <> g.wiki_id"));
        assertTrue(count("select count(*) from wiki_link") > 1250);
        assertEquals(
                0,
                count("select count(*) from wiki_link l join wiki_page g on g.id = l.page_id join page_revision r"
                        + " on r.page_id = g.id and r.number = g.revision"
                        + " where strpos(r.markdown, '[[' || l.title || ']]') = 0 or l.target <> lower(l.title)"),
                "every link kept is in its page's current text");
        assertTrue(count("select count(*) from page_revision where html like '%class=\"wr-wikilink\"%'") > 1000);
        assertTrue(
                count("select count(*) from page_revision where html like '%class=\"wr-wikilink wr-missing\"%'") > 0);
        assertEquals(125, count("select count(*) from wiki_attachment"));
        assertEquals(
                0,
                count("select count(*) from attachment_version v join attachment_chunk c on c.version_id = v.id"
                        + " where length(c.bytes) <> v.size or convert_from(c.bytes, 'UTF8') <> v.text"),
                "a file's bytes are its text");

        // bookmarks: 720,000 per 400,000 people on 240,000 pages; the stream's follows and activity
        assertEquals(
                3600, count("select count(*) from bookmark b join person p on p.id = b.person_id where " + GENERATED));
        assertEquals(
                1200,
                count("select count(*) from bookmarked_page where address like 'https://intranet.werkraum.example/%'"));
        assertTrue(
                count("select max(n) from (select count(*) as n from bookmark group by page_id) k") > 20,
                "popular pages");
        assertEquals(
                0,
                count(
                        "select count(*) from (select follower_id from follow_person f join person p on p.id = f.follower_id"
                                + " where " + GENERATED + " group by follower_id having count(*) <> 200) f"),
                "each generated follower follows 200 people");
        assertEquals(
                10,
                count(
                        "select count(distinct follower_id) from follow_person f join person p on p.id = f.follower_id where "
                                + GENERATED));
        assertEquals(
                200,
                count(
                        "select count(*) from follow_person f join person p on p.id = f.follower_id where p.login = 'anna.schmidt'"));
        assertTrue(count(
                        "select count(*) from follow_community f join person p on p.id = f.follower_id where p.login = 'anna.schmidt'")
                >= 20);
        assertEquals(
                count(
                        "select count(*) from blog_post b join person p on p.id = b.author_id where b.status = 'PUBLISHED' and "
                                + GENERATED),
                count("select count(*) from activity where kind = 'POST'"));
        assertEquals(
                0,
                count("select count(*) from activity a join community c on c.id = a.community_id"
                        + " where c.type = 'RESTRICTED' and a.readers <> 'community:' || c.id"),
                "a restricted community's activity is for its members");
        assertEquals(
                0,
                count(
                        "select count(*) from activity a join bookmark b on b.id = a.subject_id where a.kind = 'BOOKMARK' and b.personal"),
                "a private bookmark is nobody's news");
        assertEquals(
                0,
                count(
                        "select count(*) from activity a join activity b on b.id = a.id + 1 where b.created_at < a.created_at"),
                "written down in the order it happened");
        assertTrue(count("select count(*) from activity_tag") > 3600);
        // notifications: of comments, replies and likes, never of one's own doing, the last week's unread
        long comments = count("select count(*) from notification where kind = 'COMMENT'");
        assertTrue(comments > 500, "COMMENT: " + comments);
        long likes = count("select count(*) from notification where kind = 'LIKE'");
        assertTrue(likes > 1000, "LIKE: " + likes);
        long replys = count("select count(*) from notification where kind = 'REPLY'");
        assertTrue(replys > 0, "REPLY: " + replys);
        assertEquals(
                0, count("select count(*) from notification where actor_id = recipient_id"), "nobody tells himself");
        assertEquals(
                0,
                count("select count(*) from notification, (select max(created_at) - interval '7 days' as week from"
                        + " notification) w where (read_at is null) <> (created_at >= w.week)"),
                "the last week is unread, the rest read");
        assertTrue(count("select count(*) from notification where read_at is null") > 0, "some unread");
        assertEquals(
                0,
                count("select count(*) from notification n join community c on c.id = n.community_id"
                        + " where c.type = 'RESTRICTED' and n.readers <> 'community:' || c.id"),
                "a restricted community's notifications are for its members");
    }

    /** A unit's first person is its manager: everyone else there reports to him, he to the manager above. */
    @Test
    void everyoneReportsToTheManagerOfHisUnitAndManagersToTheOneAbove() throws Exception {
        assertEquals(0, generate("--replace", "--size", "small").status());

        String heads = "select org_unit_id, min(id) as head from person p where " + GENERATED + " group by org_unit_id";
        assertEquals(
                0,
                count(
                        "with heads as (" + heads + ") select count(*) from person p"
                                + " join org_unit u on u.id = p.org_unit_id join heads h on h.org_unit_id = u.id"
                                + " left join heads above on above.org_unit_id = u.parent_id where " + GENERATED
                                + " and p.manager_id is distinct from case when p.id = h.head"
                                + " then coalesce(above.head, (select id from person where login = 'anna.schmidt')) else h.head end"));
    }

    @Test
    void theApplicationInsertsWithItsOwnIdsAfterTheLoad() throws Exception {
        assertEquals(0, generate("--replace", "--size", "small").status());

        long highest = count("select max(id) from person");
        long inserted = count("insert into person (login, display_name, email) values ('after.load', 'After Load',"
                + " 'after.load@werkraum.example') returning id");
        assertTrue(inserted > highest, inserted + " > " + highest);
        count("delete from person where login = 'after.load' returning id");
    }

    @Test
    void aSecondRunIsRefusedUnlessItReplacesTheFirst() throws Exception {
        assertEquals(0, generate("--replace", "--size", "small").status());

        Run refused = generate("--size", "small");
        assertEquals(GenerateDirectory.REFUSED, refused.status());
        assertTrue(refused.err().contains("--replace"), refused.err());
        assertEquals(2000, count("select count(*) from person p where " + GENERATED));
    }

    @Test
    void withoutAPasswordToShareNothingIsTouched() throws Exception {
        assertEquals(0, generate("--replace", "--size", "small").status());

        assertEquals(
                GenerateDirectory.REFUSED,
                generate("--replace", "--password-from", "nobody").status());
        assertEquals(2000, count("select count(*) from person p where " + GENERATED));
    }

    @Test
    void theSameSeedGivesTheSameDirectory() throws Exception {
        assertEquals(0, generate("--replace", "--size", "small", "--seed", "7").status());
        String first = fingerprint();
        assertEquals(0, generate("--replace", "--size", "small", "--seed", "7").status());
        String again = fingerprint();
        assertEquals(0, generate("--replace", "--size", "small", "--seed", "8").status());
        String other = fingerprint();

        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    /** The generated rows by their natural keys: ids differ from run to run. */
    private static String fingerprint() throws SQLException {
        String people = "select md5(string_agg(concat_ws('|', p.login, p.display_name, p.title, p.location, u.code,"
                + " m.login, p.bio, p.created_at, (select string_agg(tag, ',' order by tag) from person_expertise e"
                + " where e.person_id = p.id)), ',' order by p.login)) from person p"
                + " join org_unit u on u.id = p.org_unit_id left join person m on m.id = p.manager_id where "
                + GENERATED;
        String communities = "select md5(string_agg(concat_ws('|', c.name, c.type, c.description, p.login,"
                + " (select string_agg(concat_ws(':', mp.login, m.role, m.status), ',' order by mp.login)"
                + " from community_membership m join person mp on mp.id = m.person_id where m.community_id = c.id)),"
                + " ',' order by c.name)) from community c join person p on p.id = c.created_by where " + GENERATED;
        return text(people) + "/" + text(communities);
    }

    private record Run(int status, String out, String err) {}

    private static Run generate(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database.flags());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GenerateDirectory.run(
                all.toArray(String[]::new),
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Run run = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        System.out.print(run.out());
        System.err.print(run.err());
        return run;
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
