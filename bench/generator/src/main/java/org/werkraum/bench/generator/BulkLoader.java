package org.werkraum.bench.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Writes the generated directory with one COPY per table, in the caller's transaction. The ids come from the
 * tables' identity sequences, a block per table taken before the rows are written, so the sequences are past the
 * generated rows from the start and the application keeps inserting with its own ids, during the load and after.
 */
final class BulkLoader {

    /** The first id of each table's block; generated numbers count from there. */
    private record Ids(long firstUnit, long firstPerson, long firstCommunity, long firstMembership, int people) {

        long unit(Unit unit) {
            return firstUnit + unit.index;
        }

        long person(int number) {
            return firstPerson + number;
        }

        long community(int number) {
            return firstCommunity + number;
        }
    }

    private static final List<Extension> MARKDOWN = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(MARKDOWN).build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().extensions(MARKDOWN).build();

    /** The same, with the classes the application gives wiki links. */
    private static final HtmlRenderer WIKI_HTML = HtmlRenderer.builder()
            .extensions(MARKDOWN)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                String href = attributes.get("href");
                if ("a".equals(tag) && href != null && href.startsWith("/werkraum/pages/")) {
                    attributes.put("class", "wr-wikilink");
                } else if ("a".equals(tag) && href != null && href.startsWith("/werkraum/wikis/")) {
                    attributes.put("class", "wr-wikilink wr-missing");
                }
            })
            .build();

    private final Connection connection;
    private final Phases phases;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private Ids ids;

    BulkLoader(Connection connection, Phases phases) {
        this.connection = connection;
        this.phases = phases;
    }

    /** Returns the rows written per table. */
    Map<String, Long> load(
            OrgTree tree, List<Person> people, Communities.Generated generated, ExistingDirectory existing)
            throws SQLException {
        try (Phases.Phase phase = phases.start("reserve ids")) {
            ids = new Ids(
                    reserveIds("org_unit", tree.units().size()),
                    reserveIds("person", people.size()),
                    reserveIds("community", generated.communities().size()),
                    reserveIds("community_membership", generated.memberships().size()),
                    people.size());
            phase.done();
        }
        copyUnits(tree, existing, ids);
        copyPeople(people, existing, ids);
        copyRoles(people, ids);
        copyExpertise(people, ids);
        copyCommunities(generated.communities(), ids);
        copyCommunityTags(generated.communities(), ids);
        copyMemberships(generated.memberships(), ids);
        return rows;
    }

    private void copyUnits(OrgTree tree, ExistingDirectory existing, Ids ids) throws SQLException {
        try (Phases.Phase phase = phases.start("copy org_unit");
                CopyRows copy = CopyRows.into(connection, "org_unit", "id, code, name, kind, parent_id, version")) {
            for (Unit unit : tree.units()) {
                copy.number(ids.unit(unit))
                        .text(unit.code)
                        .text(unit.name)
                        .text(unit.kind.name())
                        .id(unit.parent == null ? existing.companyId() : ids.unit(unit.parent))
                        .number(0)
                        .endRow();
            }
            finish(phase, "org_unit", copy);
        }
    }

    private void copyPeople(List<Person> people, ExistingDirectory existing, Ids ids) throws SQLException {
        String columns = "id, login, display_name, email, title, org_unit_id, location, manager_id, bio,"
                + " password_hash, active, created_at, version";
        try (Phases.Phase phase = phases.start("copy person");
                CopyRows copy = CopyRows.into(connection, "person", columns)) {
            for (Person person : people) {
                copy.number(ids.person(person.number()))
                        .text(person.login())
                        .text(person.displayName())
                        .text(person.login() + "@" + PreviousRun.MAIL_DOMAIN)
                        .text(person.title())
                        .number(ids.unit(person.unit()))
                        .text(person.location().name())
                        .id(person.manager() < 0 ? existing.companyHeadId() : ids.person(person.manager()))
                        .text(person.bio())
                        .text(existing.passwordHash())
                        .bool(true)
                        .instant(person.createdAt())
                        .number(0)
                        .endRow();
            }
            finish(phase, "person", copy);
        }
    }

    private void copyRoles(List<Person> people, Ids ids) throws SQLException {
        try (Phases.Phase phase = phases.start("copy person_role");
                CopyRows copy = CopyRows.into(connection, "person_role", "person_id, role")) {
            for (Person person : people) {
                for (String role : person.roles()) {
                    copy.number(ids.person(person.number())).text(role).endRow();
                }
            }
            finish(phase, "person_role", copy);
        }
    }

    private void copyExpertise(List<Person> people, Ids ids) throws SQLException {
        try (Phases.Phase phase = phases.start("copy person_expertise");
                CopyRows copy = CopyRows.into(connection, "person_expertise", "person_id, tag")) {
            for (Person person : people) {
                for (String tag : person.expertise()) {
                    copy.number(ids.person(person.number())).text(tag).endRow();
                }
            }
            finish(phase, "person_expertise", copy);
        }
    }

    private void copyCommunities(List<Community> communities, Ids ids) throws SQLException {
        String columns = "id, name, description, type, org_unit_id, created_by, created_at, version";
        try (Phases.Phase phase = phases.start("copy community");
                CopyRows copy = CopyRows.into(connection, "community", columns)) {
            for (Community community : communities) {
                copy.number(ids.community(community.number()))
                        .text(community.name())
                        .text(community.description())
                        .text(community.type())
                        .id(community.unit() == null ? null : ids.unit(community.unit()))
                        .number(ids.person(community.creator()))
                        .instant(community.createdAt())
                        .number(0)
                        .endRow();
            }
            finish(phase, "community", copy);
        }
    }

    private void copyCommunityTags(List<Community> communities, Ids ids) throws SQLException {
        try (Phases.Phase phase = phases.start("copy community_tag");
                CopyRows copy = CopyRows.into(connection, "community_tag", "community_id, tag")) {
            for (Community community : communities) {
                for (String tag : community.tags()) {
                    copy.number(ids.community(community.number())).text(tag).endRow();
                }
            }
            finish(phase, "community_tag", copy);
        }
    }

    private void copyMemberships(List<Membership> memberships, Ids ids) throws SQLException {
        String columns = "id, community_id, person_id, role, status, invited_by, since, version";
        try (Phases.Phase phase = phases.start("copy community_membership");
                CopyRows copy = CopyRows.into(connection, "community_membership", columns)) {
            long id = ids.firstMembership();
            for (Membership membership : memberships) {
                copy.number(id++)
                        .number(ids.community(membership.community()))
                        .number(ids.person(membership.person()))
                        .text(membership.role())
                        .text(membership.status())
                        .id(membership.invitedBy() < 0 ? null : ids.person(membership.invitedBy()))
                        .instant(membership.since())
                        .number(0)
                        .endRow();
            }
            finish(phase, "community_membership", copy);
        }
    }

    /**
     * Writes the blogs, after {@link #load}: a blog per blogger with posts, the posts with their Markdown and its HTML
     * (rendered as the product renders it), tags, comments and likes.
     */
    Map<String, Long> loadBlogs(List<Person> people, Blogs.Generated blogs, Vocabulary vocabulary, long seed)
            throws SQLException {
        Map<String, Long> written = new LinkedHashMap<>();
        Map<Integer, Long> blogOf = new HashMap<>();
        long firstPost;
        long firstComment;
        try (Phases.Phase phase = phases.start("reserve blog ids")) {
            Set<Integer> writing = new LinkedHashSet<>();
            blogs.posts().forEach(post -> writing.add(post.author()));
            long firstBlog = reserveIds("blog", writing.size());
            for (int author : writing) {
                blogOf.put(author, firstBlog + blogOf.size());
            }
            firstPost = reserveIds("blog_post", blogs.posts().size());
            firstComment = reserveIds("post_comment", blogs.comments().size());
            phase.done();
        }
        try (Phases.Phase phase = phases.start("copy blog");
                CopyRows copy = CopyRows.into(connection, "blog", "id, kind, owner_id, created_at")) {
            for (Map.Entry<Integer, Long> blog : blogOf.entrySet()) {
                copy.number(blog.getValue())
                        .text("PERSONAL")
                        .number(ids.person(blog.getKey()))
                        .instant(Timeline.later(
                                Timeline.ROLLOUT, people.get(blog.getKey()).createdAt()))
                        .endRow();
            }
            finish(phase, "blog", copy);
        }
        String postColumns = "id, blog_id, author_id, title, markdown, html, status, created_at, updated_at,"
                + " published_at, version";
        try (Phases.Phase phase = phases.start("copy blog_post");
                CopyRows copy = CopyRows.into(connection, "blog_post", postColumns)) {
            for (Blogs.Post post : blogs.posts()) {
                Person author = people.get(post.author());
                String markdown = Blogs.postText(post, author, vocabulary, seed);
                copy.number(firstPost + post.number())
                        .number(blogOf.get(post.author()))
                        .number(ids.person(post.author()))
                        .text(Blogs.postTitle(post, author, vocabulary, seed))
                        .text(markdown)
                        .text(HTML.render(PARSER.parse(markdown)))
                        .text("PUBLISHED")
                        .instant(post.publishedAt())
                        .instant(post.publishedAt())
                        .instant(post.publishedAt())
                        .number(0)
                        .endRow();
            }
            finish(phase, "blog_post", copy);
        }
        try (Phases.Phase phase = phases.start("copy blog_post_tag");
                CopyRows copy = CopyRows.into(connection, "blog_post_tag", "post_id, tag")) {
            for (Blogs.Post post : blogs.posts()) {
                for (String tag : post.tags()) {
                    copy.number(firstPost + post.number()).text(tag).endRow();
                }
            }
            finish(phase, "blog_post_tag", copy);
        }
        try (Phases.Phase phase = phases.start("copy post_comment");
                CopyRows copy = CopyRows.into(
                        connection, "post_comment", "id, post_id, parent_id, author_id, markdown, html, created_at")) {
            for (Blogs.Comment comment : blogs.comments()) {
                Blogs.Post post = blogs.posts().get(comment.post());
                String markdown = Blogs.commentText(comment, people.get(comment.author()), post, vocabulary, seed);
                copy.number(firstComment + comment.number())
                        .number(firstPost + comment.post())
                        .id(comment.parent() < 0 ? null : firstComment + comment.parent())
                        .number(ids.person(comment.author()))
                        .text(markdown)
                        .text(HTML.render(PARSER.parse(markdown)))
                        .instant(comment.createdAt())
                        .endRow();
            }
            finish(phase, "post_comment", copy);
        }
        try (Phases.Phase phase = phases.start("copy post_like");
                CopyRows copy = CopyRows.into(connection, "post_like", "post_id, person_id, created_at")) {
            for (Blogs.Like like : blogs.postLikes()) {
                copy.number(firstPost + like.target())
                        .number(ids.person(like.person()))
                        .instant(blogs.posts().get(like.target()).publishedAt())
                        .endRow();
            }
            finish(phase, "post_like", copy);
        }
        try (Phases.Phase phase = phases.start("copy comment_like");
                CopyRows copy = CopyRows.into(connection, "comment_like", "comment_id, person_id, created_at")) {
            for (Blogs.Like like : blogs.commentLikes()) {
                copy.number(firstComment + like.target())
                        .number(ids.person(like.person()))
                        .instant(blogs.comments().get(like.target()).createdAt())
                        .endRow();
            }
            finish(phase, "comment_like", copy);
        }
        for (String table :
                List.of("blog", "blog_post", "blog_post_tag", "post_comment", "post_like", "comment_like")) {
            written.put(table, rows.get(table));
        }
        return written;
    }

    /**
     * Ideation: a board for every community, the ideas on the boards of busy communities with their tags, votes (the
     * ideas' counts kept with them, as the application keeps them) and comments. A decided idea was decided by its
     * community's creator, a declined one with a note.
     */
    Map<String, Long> loadIdeas(
            List<Person> people, List<Community> communities, Ideas.Generated ideas, Vocabulary vocabulary, long seed)
            throws SQLException {
        Map<String, Long> written = new LinkedHashMap<>();
        long firstBoard;
        long firstIdea;
        long firstComment;
        try (Phases.Phase phase = phases.start("reserve idea ids")) {
            firstBoard = reserveIds("idea_board", communities.size());
            firstIdea = reserveIds("idea", ideas.ideas().size());
            firstComment = reserveIds("idea_comment", ideas.comments().size());
            phase.done();
        }
        try (Phases.Phase phase = phases.start("copy idea_board");
                CopyRows copy = CopyRows.into(
                        connection, "idea_board", "id, community_id, is_default, vote_limit, created_at")) {
            for (Community community : communities) {
                copy.number(firstBoard + community.number())
                        .number(ids.community(community.number()))
                        .bool(true)
                        .number(Ideas.VOTE_LIMIT)
                        .instant(community.createdAt())
                        .endRow();
            }
            finish(phase, "idea_board", copy);
        }
        int[] voteCounts = new int[ideas.ideas().size()];
        ideas.votes().forEach(vote -> voteCounts[vote.idea()]++);
        String ideaColumns = "id, board_id, author_id, title, markdown, html, status, status_note, status_changed_at,"
                + " status_changed_by, vote_count, created_at";
        try (Phases.Phase phase = phases.start("copy idea");
                CopyRows copy = CopyRows.into(connection, "idea", ideaColumns)) {
            for (Ideas.Idea idea : ideas.ideas()) {
                Person author = people.get(idea.author());
                Community community = communities.get(idea.community());
                String markdown = Ideas.text(idea, author, vocabulary, seed);
                boolean decided = !"NEW".equals(idea.status());
                copy.number(firstIdea + idea.number())
                        .number(firstBoard + idea.community())
                        .number(ids.person(idea.author()))
                        .text(Ideas.title(idea, author, vocabulary, seed))
                        .text(markdown)
                        .text(HTML.render(PARSER.parse(markdown)))
                        .text(idea.status())
                        .text("DECLINED".equals(idea.status()) ? Ideas.note(idea, author) : null)
                        .text(decided ? idea.createdAt().plusSeconds(7 * 86_400).toString() : null)
                        .id(decided ? ids.person(community.creator()) : null)
                        .number(voteCounts[idea.number()])
                        .instant(idea.createdAt())
                        .endRow();
            }
            finish(phase, "idea", copy);
        }
        try (Phases.Phase phase = phases.start("copy idea_tag");
                CopyRows copy = CopyRows.into(connection, "idea_tag", "idea_id, tag")) {
            for (Ideas.Idea idea : ideas.ideas()) {
                for (String tag : idea.tags()) {
                    copy.number(firstIdea + idea.number()).text(tag).endRow();
                }
            }
            finish(phase, "idea_tag", copy);
        }
        try (Phases.Phase phase = phases.start("copy idea_vote");
                CopyRows copy = CopyRows.into(connection, "idea_vote", "idea_id, person_id, board_id, created_at")) {
            for (Ideas.Vote vote : ideas.votes()) {
                Ideas.Idea idea = ideas.ideas().get(vote.idea());
                copy.number(firstIdea + vote.idea())
                        .number(ids.person(vote.person()))
                        .number(firstBoard + idea.community())
                        .instant(idea.createdAt())
                        .endRow();
            }
            finish(phase, "idea_vote", copy);
        }
        try (Phases.Phase phase = phases.start("copy idea_comment");
                CopyRows copy = CopyRows.into(
                        connection, "idea_comment", "id, idea_id, author_id, markdown, html, created_at")) {
            for (Ideas.Comment comment : ideas.comments()) {
                Ideas.Idea idea = ideas.ideas().get(comment.idea());
                String markdown = Ideas.comment(comment, people.get(comment.author()), idea, vocabulary, seed);
                copy.number(firstComment + comment.number())
                        .number(firstIdea + comment.idea())
                        .number(ids.person(comment.author()))
                        .text(markdown)
                        .text(HTML.render(PARSER.parse(markdown)))
                        .instant(comment.createdAt())
                        .endRow();
            }
            finish(phase, "idea_comment", copy);
        }
        for (String table : List.of("idea_board", "idea", "idea_tag", "idea_vote", "idea_comment")) {
            written.put(table, rows.get(table));
        }
        return written;
    }

    /**
     * Wikis with their people, pages, every revision, the links of the current revisions and the files, as the
     * application would have written them: titles unique per wiki, revisions numbered from 1, each revision's HTML
     * rendered from its Markdown with its wiki links leading to their pages (or, for a page not written yet, to the
     * form that writes it), the files' text already extracted.
     */
    Map<String, Long> loadWikis(List<Person> people, Wikis.Generated wikis, long seed) throws SQLException {
        Map<String, Long> written = new LinkedHashMap<>();
        long firstWiki;
        long firstPage;
        long firstAttachment;
        long firstVersion;
        try (Phases.Phase phase = phases.start("reserve wiki ids")) {
            firstWiki = reserveIds("wiki", wikis.wikis().size());
            firstPage = reserveIds("wiki_page", wikis.pages().size());
            firstAttachment = reserveIds("wiki_attachment", wikis.attachments().size());
            firstVersion = reserveIds("attachment_version", wikis.attachments().size());
            phase.done();
        }
        try (Phases.Phase phase = phases.start("copy wiki");
                CopyRows copy = CopyRows.into(
                        connection, "wiki", "id, name, community_id, open_to_all, created_by, created_at")) {
            for (Wikis.Wiki wiki : wikis.wikis()) {
                copy.number(firstWiki + wiki.number())
                        .text(wiki.name())
                        .id(wiki.community() < 0 ? null : ids.community(wiki.community()))
                        .bool(wiki.openToAll())
                        .number(ids.person(wiki.owner()))
                        .instant(wiki.createdAt())
                        .endRow();
            }
            finish(phase, "wiki", copy);
        }
        try (Phases.Phase phase = phases.start("copy wiki_member");
                CopyRows copy = CopyRows.into(connection, "wiki_member", "wiki_id, person_id, role")) {
            for (Wikis.Member member : wikis.members()) {
                copy.number(firstWiki + member.wiki())
                        .number(ids.person(member.person()))
                        .text(member.role())
                        .endRow();
            }
            finish(phase, "wiki_member", copy);
        }
        List<Wikis.Page> pages = wikis.pages();
        try (Phases.Phase phase = phases.start("copy wiki_page");
                CopyRows copy = CopyRows.into(
                        connection,
                        "wiki_page",
                        "id, wiki_id, parent_id, title, revision, is_template, created_at, updated_at")) {
            for (Wikis.Page page : pages) {
                copy.number(firstPage + page.number())
                        .number(firstWiki + page.wiki())
                        .id(page.parent() < 0 ? null : firstPage + page.parent())
                        .text(page.title())
                        .number(page.revisions())
                        .bool(page.template())
                        .instant(page.createdAt())
                        .instant(savedAt(page, page.revisions()))
                        .endRow();
            }
            finish(phase, "wiki_page", copy);
        }
        try (Phases.Phase phase = phases.start("copy page_revision");
                CopyRows copy = CopyRows.into(
                        connection,
                        "page_revision",
                        "page_id, number, title, markdown, html, author_id, created_at, comment, minor")) {
            for (Wikis.Page page : pages) {
                Person author = people.get(page.author());
                for (int number = 1; number <= page.revisions(); number++) {
                    String markdown = Wikis.text(page, number, pages, author, seed);
                    copy.number(firstPage + page.number())
                            .number(number)
                            .text(page.title())
                            .text(markdown)
                            .text(wikiHtml(markdown, page, pages, firstWiki, firstPage))
                            .number(ids.person(page.author()))
                            .instant(savedAt(page, number))
                            .text(number == 1 ? null : "Revision " + number)
                            .bool(number % 3 == 0)
                            .endRow();
                }
            }
            finish(phase, "page_revision", copy);
        }
        try (Phases.Phase phase = phases.start("copy wiki_link");
                CopyRows copy = CopyRows.into(connection, "wiki_link", "page_id, wiki_id, target, title")) {
            for (Wikis.Page page : pages) {
                Set<String> targets = new LinkedHashSet<>();
                for (int link : page.links()) {
                    String title = pages.get(link).title();
                    if (targets.add(title.toLowerCase(Locale.ROOT))) {
                        copy.number(firstPage + page.number())
                                .number(firstWiki + page.wiki())
                                .text(title.toLowerCase(Locale.ROOT))
                                .text(title)
                                .endRow();
                    }
                }
                if (page.wanted() != null && targets.add(page.wanted().toLowerCase(Locale.ROOT))) {
                    copy.number(firstPage + page.number())
                            .number(firstWiki + page.wiki())
                            .text(page.wanted().toLowerCase(Locale.ROOT))
                            .text(page.wanted())
                            .endRow();
                }
            }
            finish(phase, "wiki_link", copy);
        }
        try (Phases.Phase phase = phases.start("copy wiki_attachment");
                CopyRows copy = CopyRows.into(
                        connection, "wiki_attachment", "id, page_id, name, version, created_at, updated_at")) {
            for (Wikis.Attachment file : wikis.attachments()) {
                Wikis.Page page = pages.get(file.page());
                copy.number(firstAttachment + file.number())
                        .number(firstPage + file.page())
                        .text(file.name())
                        .number(1)
                        .instant(page.createdAt())
                        .instant(page.createdAt())
                        .endRow();
            }
            finish(phase, "wiki_attachment", copy);
        }
        try (Phases.Phase phase = phases.start("copy attachment_version");
                CopyRows versions = CopyRows.into(
                        connection,
                        "attachment_version",
                        "id, attachment_id, number, content_type, size, sha256, uploaded_by, uploaded_at, text_state,"
                                + " text")) {
            for (Wikis.Attachment file : wikis.attachments()) {
                byte[] bytes = attachmentText(file, pages).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                versions.number(firstVersion + file.number())
                        .number(firstAttachment + file.number())
                        .number(1)
                        .text("text/plain")
                        .number(bytes.length)
                        .text(sha256(bytes))
                        .number(ids.person(file.uploader()))
                        .instant(pages.get(file.page()).createdAt())
                        .text("EXTRACTED")
                        .text(attachmentText(file, pages))
                        .endRow();
            }
            finish(phase, "attachment_version", versions);
        }
        try (Phases.Phase phase = phases.start("copy attachment_chunk");
                CopyRows copy = CopyRows.into(connection, "attachment_chunk", "version_id, seq, bytes")) {
            for (Wikis.Attachment file : wikis.attachments()) {
                byte[] bytes = attachmentText(file, pages).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                copy.number(firstVersion + file.number())
                        .number(0)
                        .text("\\x" + java.util.HexFormat.of().formatHex(bytes))
                        .endRow();
            }
            finish(phase, "attachment_chunk", copy);
        }
        for (String table : List.of(
                "wiki",
                "wiki_member",
                "wiki_page",
                "page_revision",
                "wiki_link",
                "wiki_attachment",
                "attachment_version",
                "attachment_chunk")) {
            written.put(table, rows.get(table));
        }
        return written;
    }

    /** The bookmarks: the pages kept, then each bookmark with the tags of its page. */
    Map<String, Long> loadBookmarks(Bookmarks.Generated bookmarks) throws SQLException {
        long firstPage;
        long firstBookmark;
        try (Phases.Phase phase = phases.start("reserve bookmark ids")) {
            firstPage = reserveIds("bookmarked_page", bookmarks.pages().size());
            firstBookmark = reserveIds("bookmark", bookmarks.bookmarks().size());
            phase.done();
        }
        List<java.time.Instant> firstKept =
                new ArrayList<>(java.util.Collections.nCopies(bookmarks.pages().size(), null));
        for (Bookmarks.Bookmark bookmark : bookmarks.bookmarks()) {
            java.time.Instant first = firstKept.get(bookmark.page());
            if (first == null || bookmark.createdAt().isBefore(first)) {
                firstKept.set(bookmark.page(), bookmark.createdAt());
            }
        }
        try (Phases.Phase phase = phases.start("copy bookmarked_page");
                CopyRows copy = CopyRows.into(connection, "bookmarked_page", "id, address, created_at")) {
            for (Bookmarks.Page page : bookmarks.pages()) {
                copy.number(firstPage + page.number())
                        .text(page.address())
                        .instant(firstKept.get(page.number()))
                        .endRow();
            }
            finish(phase, "bookmarked_page", copy);
        }
        try (Phases.Phase phase = phases.start("copy bookmark");
                CopyRows copy = CopyRows.into(
                        connection,
                        "bookmark",
                        "id, page_id, person_id, title, description, personal, created_at, updated_at")) {
            int number = 0;
            for (Bookmarks.Bookmark bookmark : bookmarks.bookmarks()) {
                Bookmarks.Page page = bookmarks.pages().get(bookmark.page());
                copy.number(firstBookmark + number++)
                        .number(firstPage + page.number())
                        .number(ids.person(bookmark.person()))
                        .text(page.title())
                        .text(
                                bookmark.described()
                                        ? "Useful for everyone who works on "
                                                + page.tags().get(0)
                                        : "")
                        .bool(bookmark.personal())
                        .instant(bookmark.createdAt())
                        .instant(bookmark.createdAt())
                        .endRow();
            }
            finish(phase, "bookmark", copy);
        }
        try (Phases.Phase phase = phases.start("copy bookmark_tag");
                CopyRows copy = CopyRows.into(connection, "bookmark_tag", "bookmark_id, tag")) {
            int number = 0;
            for (Bookmarks.Bookmark bookmark : bookmarks.bookmarks()) {
                long id = firstBookmark + number++;
                for (String tag : bookmarks.pages().get(bookmark.page()).tags()) {
                    copy.number(id).text(tag).endRow();
                }
            }
            finish(phase, "bookmark_tag", copy);
        }
        Map<String, Long> written = new LinkedHashMap<>();
        for (String table : List.of("bookmarked_page", "bookmark", "bookmark_tag")) {
            written.put(table, rows.get(table));
        }
        return written;
    }

    /**
     * Who follows whom: the generated followers, every person who was there before the run (the demo's people) as
     * one more, and every active member his community, as joining does in the application.
     */
    Map<String, Long> loadFollows(
            List<Follows.Follower> followers, List<Integer> bloggers, List<Community> communities, Draw draw)
            throws SQLException {
        List<Long> before = new ArrayList<>();
        try (PreparedStatement statement =
                connection.prepareStatement("select id from person where id < ? or id >= ? order by id")) {
            statement.setLong(1, ids.person(0));
            statement.setLong(2, ids.person(0) + ids.people());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    before.add(result.getLong(1));
                }
            }
        }
        List<Integer> open = Follows.readable(communities);
        // one COPY at a time: a second on the same connection waits for the first for ever
        try (Phases.Phase phase = phases.start("copy follow_person");
                CopyRows people = CopyRows.into(connection, "follow_person", "follower_id, person_id")) {
            for (Follows.Follower follower : followers) {
                for (int person : follower.people()) {
                    people.number(ids.person(follower.person()))
                            .number(ids.person(person))
                            .endRow();
                }
            }
            for (long id : before) {
                for (int person : Follows.people(bloggers, -1, draw)) {
                    people.number(id).number(ids.person(person)).endRow();
                }
            }
            finish(phase, "follow_person", people);
        }
        try (Phases.Phase phase = phases.start("copy follow_community");
                CopyRows followed = CopyRows.into(connection, "follow_community", "follower_id, community_id")) {
            for (Follows.Follower follower : followers) {
                for (int community : follower.communities()) {
                    followed.number(ids.person(follower.person()))
                            .number(ids.community(community))
                            .endRow();
                }
            }
            for (long id : before) {
                for (int community : Follows.communities(open, draw)) {
                    followed.number(id).number(ids.community(community)).endRow();
                }
            }
            finish(phase, "follow_community", followed);
        }
        try (Phases.Phase phase = phases.start("members follow their communities");
                PreparedStatement statement = connection.prepareStatement(
                        "insert into follow_community (follower_id, community_id) select person_id, community_id"
                                + " from community_membership where status = 'ACTIVE' and community_id >= ?"
                                + " on conflict do nothing")) {
            statement.setLong(1, ids.community(0));
            int inserted = statement.executeUpdate();
            rows.merge("follow_community", (long) inserted, Long::sum);
            phase.done(String.format(Locale.ROOT, "%,11d rows", inserted));
        }
        Map<String, Long> written = new LinkedHashMap<>();
        written.put("follow_person", rows.get("follow_person"));
        written.put("follow_community", rows.get("follow_community"));
        return written;
    }

    /**
     * The activity of everything generated, as the application writes it down when it happens, oldest first (the
     * stream reads newest first by id): posts, comments, wiki saves (not the minor ones), public bookmarks, ideas and
     * their comments, members joining; each with its one reader principal (a restricted community's members, a
     * closed wiki's people, else everyone) and the tags of posts, ideas and bookmarks.
     */
    Map<String, Long> deriveActivity() throws SQLException {
        String communityReaders = "case when c.type = 'RESTRICTED' then 'community:' || c.id else 'all' end";
        String excerpt =
                "left(regexp_replace(regexp_replace(%s, '[*_#|`>]+|-{2,}', '', 'g'), '\\s+', ' ', 'g')," + " 240)";
        String generated = " between " + ids.person(0) + " and " + (ids.person(0) + ids.people() - 1);
        String sql = "insert into activity (kind, actor_id, subject_id, parent_id, community_id, readers, title,"
                + " excerpt, created_at) select kind, actor, subject, parent, community, readers, title, excerpt, at"
                + " from ("
                + "select 'POST' kind, p.author_id actor, p.id subject, null::bigint parent, c.id community, "
                + communityReaders + " readers, p.title, " + String.format(excerpt, "p.markdown")
                + " excerpt, p.published_at at from blog_post p join blog b on b.id = p.blog_id"
                + " left join community c on c.id = b.community_id where p.status = 'PUBLISHED' and p.author_id"
                + generated
                + " union all select 'POST_COMMENT', pc.author_id, pc.id, p.id, c.id, " + communityReaders
                + ", p.title, " + String.format(excerpt, "pc.markdown") + ", pc.created_at from post_comment pc"
                + " join blog_post p on p.id = pc.post_id join blog b on b.id = p.blog_id"
                + " left join community c on c.id = b.community_id where pc.removed_at is null and pc.author_id"
                + generated
                + " union all select 'WIKI_EDIT', r.author_id, r.page_id, null, c.id, case when c.id is not null then "
                + communityReaders + " when w.open_to_all then 'all' else 'wiki:' || w.id end, r.title, "
                + String.format(excerpt, "coalesce(nullif(r.comment, ''), r.markdown)")
                + ", r.created_at from page_revision r join wiki_page pg on pg.id = r.page_id"
                + " join wiki w on w.id = pg.wiki_id left join community c on c.id = w.community_id"
                + " where not r.minor and pg.deleted_at is null and r.author_id" + generated
                + " union all select 'BOOKMARK', k.person_id, k.id, k.page_id, null, 'all', k.title, k.description,"
                + " k.created_at from bookmark k where not k.personal and k.person_id" + generated
                + " union all select 'IDEA', i.author_id, i.id, null, c.id, " + communityReaders + ", i.title, "
                + String.format(excerpt, "i.markdown") + ", i.created_at from idea i"
                + " join idea_board ib on ib.id = i.board_id join community c on c.id = ib.community_id"
                + " where i.author_id" + generated
                + " union all select 'IDEA_COMMENT', ic.author_id, ic.id, i.id, c.id, " + communityReaders
                + ", i.title, " + String.format(excerpt, "ic.markdown") + ", ic.created_at from idea_comment ic"
                + " join idea i on i.id = ic.idea_id join idea_board ib on ib.id = i.board_id"
                + " join community c on c.id = ib.community_id where ic.removed_at is null and ic.author_id"
                + generated
                + " union all select 'NEW_MEMBER', m.person_id, c.id, null, c.id, " + communityReaders
                + ", c.name, '', m.since from community_membership m join community c on c.id = m.community_id"
                + " where m.status = 'ACTIVE' and m.person_id" + generated
                + ") x order by at";
        try (Phases.Phase phase = phases.start("derive activity");
                Statement statement = connection.createStatement()) {
            int inserted = statement.executeUpdate(sql);
            rows.put("activity", (long) inserted);
            phase.done(String.format(Locale.ROOT, "%,11d rows", inserted));
        }
        String tags = "insert into activity_tag (activity_id, tag) select a.id, t.tag from activity a join %s t"
                + " on t.%s = a.subject_id where a.kind = '%s' and a.actor_id" + generated;
        try (Phases.Phase phase = phases.start("derive activity_tag");
                Statement statement = connection.createStatement()) {
            long inserted = statement.executeUpdate(String.format(tags, "blog_post_tag", "post_id", "POST"))
                    + statement.executeUpdate(String.format(tags, "idea_tag", "idea_id", "IDEA"))
                    + statement.executeUpdate(String.format(tags, "bookmark_tag", "bookmark_id", "BOOKMARK"));
            rows.put("activity_tag", inserted);
            phase.done(String.format(Locale.ROOT, "%,11d rows", inserted));
        }
        Map<String, Long> written = new LinkedHashMap<>();
        written.put("activity", rows.get("activity"));
        written.put("activity_tag", rows.get("activity_tag"));
        return written;
    }

    /**
     * The notifications of everything generated, as the application writes them when it happens, oldest first: a
     * comment tells the post's or idea's author, a reply the author of the comment answered, a like the post's author;
     * never one's own doing. The last week of the generated year is unread; what is older was seen the day after.
     */
    Map<String, Long> deriveNotifications() throws SQLException {
        String communityReaders = "case when c.type = 'RESTRICTED' then 'community:' || c.id else 'all' end";
        String excerpt =
                "left(regexp_replace(regexp_replace(%s, '[*_#|`>]+|-{2,}', '', 'g'), '\\s+', ' ', 'g')," + " 240)";
        String generated = " between " + ids.person(0) + " and " + (ids.person(0) + ids.people() - 1);
        String post = " join blog_post p on p.id = pc.post_id join blog b on b.id = p.blog_id"
                + " left join community c on c.id = b.community_id";
        String sql = "insert into notification (recipient_id, kind, actor_id, subject_type, subject_id, parent_id,"
                + " anchor_id, community_id, readers, title, excerpt, created_at, read_at)"
                + " select recipient, kind, actor, subject_type, subject, parent, anchor, community, readers, title,"
                + " excerpt, at, case when at < max(at) over () - interval '7 days' then at + interval '1 day' end from ("
                + "select p.author_id recipient, 'COMMENT' kind, pc.author_id actor, 'POST' subject_type, p.id subject,"
                + " null::bigint parent, pc.id anchor, c.id community, " + communityReaders + " readers, p.title, "
                + String.format(excerpt, "pc.markdown") + " excerpt, pc.created_at at from post_comment pc" + post
                + " where pc.parent_id is null and pc.removed_at is null and pc.author_id <> p.author_id"
                + " and pc.author_id" + generated
                + " union all select answered.author_id, 'REPLY', pc.author_id, 'POST_COMMENT', answered.id, p.id,"
                + " pc.id, c.id, " + communityReaders + ", p.title, " + String.format(excerpt, "pc.markdown")
                + ", pc.created_at from post_comment pc join post_comment answered on answered.id = pc.parent_id"
                + post + " where pc.removed_at is null and pc.author_id <> answered.author_id and pc.author_id"
                + generated
                + " union all select p.author_id, 'LIKE', l.person_id, 'POST', p.id, null, null, c.id, "
                + communityReaders + ", p.title, '', l.created_at from post_like l join blog_post p on p.id = l.post_id"
                + " join blog b on b.id = p.blog_id left join community c on c.id = b.community_id"
                + " where l.person_id <> p.author_id and l.person_id" + generated
                + " union all select i.author_id, 'COMMENT', ic.author_id, 'IDEA', i.id, null, ic.id, c.id, "
                + communityReaders + ", i.title, " + String.format(excerpt, "ic.markdown") + ", ic.created_at"
                + " from idea_comment ic join idea i on i.id = ic.idea_id join idea_board ib on ib.id = i.board_id"
                + " join community c on c.id = ib.community_id where ic.removed_at is null"
                + " and ic.author_id <> i.author_id and ic.author_id" + generated
                + ") x order by at";
        try (Phases.Phase phase = phases.start("derive notification");
                Statement statement = connection.createStatement()) {
            int inserted = statement.executeUpdate(sql);
            rows.put("notification", (long) inserted);
            phase.done(String.format(Locale.ROOT, "%,11d rows", inserted));
        }
        return Map.of("notification", rows.get("notification"));
    }

    /** When a page's revision was saved: its revisions spread over the week after it was written, a day apart. */
    private static java.time.Instant savedAt(Wikis.Page page, int number) {
        return page.createdAt().plusSeconds((number - 1) * 86_400L);
    }

    private static String attachmentText(Wikis.Attachment file, List<Wikis.Page> pages) {
        return "Notes for " + pages.get(file.page()).title() + ", file " + file.number()
                + ": agenda, decisions, open questions and who follows up.\n";
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * A page's HTML as the application renders it: its wiki links as links to their pages (class wr-wikilink), or to
     * the form that writes a page not written yet (wr-wikilink wr-missing).
     */
    private static String wikiHtml(
            String markdown, Wikis.Page page, List<Wikis.Page> pages, long firstWiki, long firstPage) {
        String linked = markdown;
        for (int link : page.links()) {
            String title = pages.get(link).title();
            linked = linked.replace("[[" + title + "]]", "[" + title + "](/werkraum/pages/" + (firstPage + link) + ")");
        }
        if (page.wanted() != null) {
            linked = linked.replace(
                    "[[" + page.wanted() + "]]",
                    "[" + page.wanted() + "](/werkraum/wikis/" + (firstWiki + page.wiki()) + "/new?title="
                            + java.net.URLEncoder.encode(page.wanted(), java.nio.charset.StandardCharsets.UTF_8)
                            + "&parent=" + (firstPage + page.number()) + ")");
        }
        return WIKI_HTML.render(PARSER.parse(linked));
    }

    /**
     * Takes a block of ids from the table's identity sequence and returns the first. The next value and the new
     * position are set in one statement, so that no other session's insert gets an id of the block; ids above the
     * sequence (rows inserted with explicit ids) are skipped.
     */
    private long reserveIds(String table, int count) throws SQLException {
        if (count == 0) {
            return 0;
        }
        String sql = "select setval(s::regclass, greatest(nextval(s::regclass), (select coalesce(max(id), 0) + 1 from "
                + table + ")) + ? - 1) from pg_get_serial_sequence(?, 'id') s";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, count);
            statement.setString(2, table);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1) - count + 1;
            }
        }
    }

    /**
     * Ends a table's COPY and counts it afresh: the checks of the keys that point into it (the next tables' COPY) are
     * planned from its statistics, and those may say "empty" since autovacuum counted it after the previous run was
     * deleted (a scan of 720,000 bookmarks for each of 1.4 million tags).
     */
    private void finish(Phases.Phase phase, String table, CopyRows copy) throws SQLException {
        long written = copy.finish();
        rows.put(table, written);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + table);
        }
        phase.done(String.format(Locale.ROOT, "%,11d rows", written));
    }
}
