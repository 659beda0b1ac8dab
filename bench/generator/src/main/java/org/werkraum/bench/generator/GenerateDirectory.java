package org.werkraum.bench.generator;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generates the directory and loads it: reads what the database holds, generates everything in memory, writes it
 * in one transaction with COPY, then updates the planner's statistics. Prints a line per phase, then the rows per
 * table and a {@code rows:} line for scripts.
 */
public final class GenerateDirectory {

    static final int REFUSED = 2;
    static final int USAGE = 64;

    /** Everything generated, before it is written. */
    private record Generated(
            OrgTree tree,
            List<Person> people,
            Communities.Generated communities,
            Blogs.Generated blogs,
            Ideas.Generated ideas,
            Wikis.Generated wikis,
            Bookmarks.Generated bookmarks,
            List<Follows.Follower> followers) {}

    private final Options options;
    private final PrintStream out;
    private final Phases phases;
    private Vocabulary vocabulary;

    private GenerateDirectory(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.phases = new Phases(out);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Returns the exit status. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, environment);
        } catch (Options.UsageException e) {
            err.println(e.getMessage());
            err.print(Options.USAGE);
            return USAGE;
        }
        if (options.help()) {
            out.print(Options.USAGE);
            return 0;
        }
        try {
            new GenerateDirectory(options, out).generateAndLoad();
            return 0;
        } catch (Refusal e) {
            err.println("Refused: " + e.getMessage());
            return REFUSED;
        } catch (SQLException e) {
            err.println("Failed: " + e.getMessage());
            err.println("Nothing of the load was committed; a --replace deletes step by step and may be repeated.");
            return 1;
        }
    }

    private void generateAndLoad() throws SQLException {
        out.printf(
                Locale.ROOT,
                "Generating %,d people and %,d communities (seed %d) into %s as %s%n",
                options.people(),
                options.communities(),
                options.seed(),
                options.jdbcUrl(),
                options.user());
        try (Connection connection =
                DriverManager.getConnection(options.jdbcUrl(), options.user(), options.password())) {
            lockOutOtherRuns(connection);
            // before anything is deleted: without a password to share, the run stops here
            String passwordHash = ExistingDirectory.passwordHashOf(connection, options.passwordFrom());
            if (PreviousRun.present(connection)) {
                if (!options.replace()) {
                    throw new Refusal("the database holds generated rows already (org unit codes '"
                            + PreviousRun.CODE_PREFIX + "…', mail addresses '…@" + PreviousRun.MAIL_DOMAIN
                            + "'). Run with --replace to delete them and generate anew.");
                }
                PreviousRun.delete(connection, phases);
            }
            ExistingDirectory existing = readExisting(connection, passwordHash);
            Map<String, Long> rows = load(connection, generate(existing), existing);
            analyze(connection, rows.keySet());
            printSummary(rows);
        }
    }

    /** Two runs at once would each find no generated rows and then clash. */
    private static void lockOutOtherRuns(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "select pg_try_advisory_lock(hashtext('werkraum-bench-generator'))");
                ResultSet result = statement.executeQuery()) {
            result.next();
            if (!result.getBoolean(1)) {
                throw new Refusal("another generator run is loading into this database");
            }
        }
    }

    private ExistingDirectory readExisting(Connection connection, String passwordHash) throws SQLException {
        try (Phases.Phase phase = phases.start("read existing directory")) {
            ExistingDirectory existing = ExistingDirectory.read(connection, passwordHash);
            phase.done(String.format(
                    Locale.ROOT,
                    "%,d logins, %,d communities; %s",
                    existing.logins().size(),
                    existing.communityNames().size(),
                    existing.hasCompany() ? "divisions join org unit " + existing.companyId() : "no company yet"));
            return existing;
        }
    }

    private Generated generate(ExistingDirectory existing) {
        Vocabulary vocabulary = Vocabulary.load();
        OrgTree tree;
        try (Phases.Phase phase = phases.start("generate org tree")) {
            tree = OrgTree.build(options.people(), existing, vocabulary, new Draw(options.seed(), "org tree"));
            phase.done(String.format(Locale.ROOT, "%,11d units", tree.units().size()));
        }
        List<Person> people;
        try (Phases.Phase phase = phases.start("generate people")) {
            Logins logins = new Logins(existing.logins());
            people = People.generate(tree, vocabulary, Names.load(), logins, new Draw(options.seed(), "people"));
            phase.done(String.format(Locale.ROOT, "%,11d people", people.size()));
        }
        Communities.Generated communities;
        try (Phases.Phase phase = phases.start("generate communities")) {
            communities = Communities.generate(
                    options.communities(),
                    people,
                    vocabulary,
                    existing.communityNames(),
                    new Draw(options.seed(), "communities"));
            phase.done(String.format(
                    Locale.ROOT, "%,11d memberships", communities.memberships().size()));
        }
        Blogs.Generated blogs;
        try (Phases.Phase phase = phases.start("generate blogs")) {
            blogs = Blogs.generate(people, vocabulary, new Draw(options.seed(), "blogs"));
            phase.done(String.format(
                    Locale.ROOT,
                    "%,11d posts, %,d comments",
                    blogs.posts().size(),
                    blogs.comments().size()));
        }
        Ideas.Generated ideas;
        try (Phases.Phase phase = phases.start("generate ideas")) {
            ideas = Ideas.generate(people, communities, vocabulary, new Draw(options.seed(), "ideas"));
            phase.done(String.format(
                    Locale.ROOT,
                    "%,11d ideas, %,d votes, %,d comments",
                    ideas.ideas().size(),
                    ideas.votes().size(),
                    ideas.comments().size()));
        }
        Wikis.Generated wikis;
        try (Phases.Phase phase = phases.start("generate wikis")) {
            wikis = Wikis.generate(people, communities, vocabulary, new Draw(options.seed(), "wikis"));
            phase.done(String.format(
                    Locale.ROOT,
                    "%,11d wikis, %,d pages, %,d files",
                    wikis.wikis().size(),
                    wikis.pages().size(),
                    wikis.attachments().size()));
        }
        Bookmarks.Generated bookmarks;
        try (Phases.Phase phase = phases.start("generate bookmarks")) {
            bookmarks = Bookmarks.generate(people, vocabulary, new Draw(options.seed(), "bookmarks"));
            phase.done(String.format(
                    Locale.ROOT,
                    "%,11d bookmarks, %,d pages",
                    bookmarks.bookmarks().size(),
                    bookmarks.pages().size()));
        }
        List<Follows.Follower> followers;
        try (Phases.Phase phase = phases.start("generate follows")) {
            followers = Follows.generate(
                    people, blogs.bloggers(), communities.communities(), new Draw(options.seed(), "follows"));
            phase.done(String.format(Locale.ROOT, "%,11d followers", followers.size()));
        }
        this.vocabulary = vocabulary;
        return new Generated(tree, people, communities, blogs, ideas, wikis, bookmarks, followers);
    }

    /** All or nothing: one transaction. */
    private Map<String, Long> load(Connection connection, Generated generated, ExistingDirectory existing)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            BulkLoader loader = new BulkLoader(connection, phases);
            Map<String, Long> rows =
                    loader.load(generated.tree(), generated.people(), generated.communities(), existing);
            rows.putAll(loader.loadBlogs(generated.people(), generated.blogs(), vocabulary, options.seed()));
            rows.putAll(loader.loadIdeas(
                    generated.people(),
                    generated.communities().communities(),
                    generated.ideas(),
                    vocabulary,
                    options.seed()));
            rows.putAll(loader.loadWikis(generated.people(), generated.wikis(), options.seed()));
            rows.putAll(loader.loadBookmarks(generated.bookmarks()));
            rows.putAll(loader.loadFollows(
                    generated.followers(),
                    generated.blogs().bloggers(),
                    generated.communities().communities(),
                    new Draw(options.seed(), "follows of those there before")));
            // what is derived below is read from what was just copied: planned for its real sizes, not for the
            // empty tables autovacuum may have counted after the previous run was deleted (nested loops for hours)
            analyze(connection, rows.keySet());
            rows.putAll(loader.deriveActivity());
            rows.putAll(loader.deriveNotifications());
            try (Phases.Phase phase = phases.start("commit")) {
                connection.commit();
                phase.done();
            }
            return rows;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Fresh statistics, so that the application's queries are planned for the new sizes at once. */
    private void analyze(Connection connection, Iterable<String> tables) throws SQLException {
        try (Phases.Phase phase = phases.start("analyze");
                Statement statement = connection.createStatement()) {
            statement.execute("analyze " + String.join(", ", tables));
            phase.done();
        }
    }

    private void printSummary(Map<String, Long> rows) {
        out.println("Rows written:");
        rows.forEach((table, count) -> out.printf(Locale.ROOT, "  %-30s %,11d%n", table, count));
        out.printf(
                Locale.ROOT,
                "  %-30s %,11d%n",
                "total",
                rows.values().stream().mapToLong(Long::longValue).sum());
        out.printf(Locale.ROOT, "Done in %.1f s%n", phases.totalSeconds());
        out.println("rows: "
                + rows.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining(" ")));
    }
}
