package org.werkraum.bookmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Entities;
import org.werkraum.activity.Activities;
import org.werkraum.activity.Activity;
import org.werkraum.activity.ActivityKind;
import org.werkraum.community.Community;
import org.werkraum.community.CommunityType;
import org.werkraum.community.MembershipRole;
import org.werkraum.community.MembershipStatus;
import org.werkraum.community.Standings;
import org.werkraum.outbox.Outbox;
import org.werkraum.search.DocumentType;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.ContentItem;
import org.werkraum.security.Standing;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NativeValues;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.shared.Tags;

/**
 * Social bookmarks: keeping a page (once per person: keeping it again changes the bookmark), a person's own and
 * everyone's bookmarks, those of a tag, the pages most people kept lately, who else keeps a page, and browsers'
 * bookmark files in and out. A private bookmark is its owner's alone ({@link AccessPolicy#canRead}): it is
 * neither listed nor counted for anyone else.
 */
@ApplicationScoped
@Transactional
public class BookmarkService {

    public static final int MAX_TITLE = 500;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 64;

    /** The tag cloud holds this many tags, of bookmarks kept in this many days. */
    public static final int CLOUD_SIZE = 40;

    public static final int CLOUD_DAYS = 90;

    /** The tag cloud is counted again after this many minutes, or {@code werkraum.bookmarks.tag-cloud-minutes}. */
    public static final int CLOUD_MINUTES = 5;

    /** The sizes of the tag cloud. */
    public static final int CLOUD_WEIGHTS = 5;

    private final java.util.concurrent.atomic.AtomicReference<Cloud> cloud =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** Popular pages, keepers of a page: listed at most. */
    static final int LISTED = 100;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    Activities activities;

    @Inject
    Outbox outbox;

    @Inject
    Standings standings;

    /**
     * Keeps a page for the caller, or changes his bookmark of it when he keeps it already (an address is kept once per
     * person, however it is spelled).
     *
     * @throws InvalidInputException
     *             for an address that leads nowhere for someone else, a title or description too long, too many tags
     */
    public BookmarkView keep(Caller caller, BookmarkDraft draft) {
        String address = BookmarkAddress.normalize(draft.url());
        String title = draft.title() == null || line(draft.title()).isBlank() ? address : line(draft.title());
        if (title.length() > MAX_TITLE) {
            throw new InvalidInputException(
                    "title",
                    "error.bookmark.titleTooLong",
                    "a title has at most " + MAX_TITLE + " characters",
                    MAX_TITLE);
        }
        String description = draft.description() == null ? "" : text(draft.description());
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException(
                    "description",
                    "error.bookmark.descriptionTooLong",
                    "a description has at most " + MAX_DESCRIPTION + " characters",
                    MAX_DESCRIPTION);
        }
        Set<String> tags = tags(draft.tags() == null ? Set.of() : draft.tags());
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            throw new InvalidInputException(
                    "tags",
                    "error.bookmark.tags",
                    "at most " + MAX_TAGS + " tags of at most " + MAX_TAG + " characters",
                    MAX_TAGS,
                    MAX_TAG);
        }
        ContentItem item = draft.communityId() == null
                ? draft.personal()
                        ? ContentItem.privateItem(caller.personId())
                        : ContentItem.publicItem(caller.personId())
                : intoCommunity(caller, draft);
        long pageId = pageOf(address);
        long id = ((Number) em.createNativeQuery("insert into bookmark (page_id, person_id, title, description,"
                                + " personal, community_id) values (?1, ?2, ?3, ?4, ?5, ?6)"
                                + " on conflict (person_id, page_id) do update set title = excluded.title,"
                                + " description = excluded.description, personal = excluded.personal,"
                                + " community_id = excluded.community_id, updated_at = now() returning id")
                        .setParameter(1, pageId)
                        .setParameter(2, caller.personId())
                        .setParameter(3, title)
                        .setParameter(4, description)
                        .setParameter(5, draft.personal())
                        .setParameter(6, draft.communityId())
                        .getSingleResult())
                .longValue();
        tag(id, tags);
        outbox.changed(DocumentType.BOOKMARK, id);
        if (draft.personal()) {
            activities.forget(ActivityKind.BOOKMARK, id);
        } else if (!activities.recorded(ActivityKind.BOOKMARK, id)) {
            activities.record(new Activity(
                    ActivityKind.BOOKMARK,
                    caller.personId(),
                    id,
                    pageId,
                    draft.communityId(),
                    policy.readersOf(item),
                    title,
                    description.length() > Activity.EXCERPT ? Activity.excerptOf(description) : description,
                    tags));
        }
        return bookmark(caller, id);
    }

    /** A bookmark the caller may read; any other does not exist for him. */
    public BookmarkView bookmark(Caller caller, long id) {
        List<BookmarkView> found = views(caller, "b.id = ?1", List.of(id), PageRequest.first(1));
        if (found.isEmpty()) {
            throw new NotFoundException("bookmark", id);
        }
        return found.get(0);
    }

    public void delete(Caller caller, long id) {
        BookmarkView bookmark = bookmark(caller, id);
        if (!bookmark.canChange()) {
            throw new AccessDeniedException("error.bookmark.ownerOnly", "only its owner deletes a bookmark");
        }
        em.createNativeQuery("delete from bookmark where id = ?1")
                .setParameter(1, bookmark.id())
                .executeUpdate();
        activities.forget(ActivityKind.BOOKMARK, bookmark.id());
        outbox.changed(DocumentType.BOOKMARK, bookmark.id());
    }

    /** The caller's bookmarks, private ones included, newest first. */
    public Page<BookmarkView> mine(Caller caller, PageRequest page) {
        return page(views(caller, "b.person_id = ?1", List.of(caller.personId()), page), page);
    }

    /** Everyone's bookmarks the caller may read, newest first. */
    public Page<BookmarkView> newest(Caller caller, PageRequest page) {
        return page(views(caller, "(not b.personal or b.person_id = ?1)", List.of(caller.personId()), page), page);
    }

    /** The bookmarks of a person the caller may read (his profile's), newest first. */
    public Page<BookmarkView> of(Caller caller, String login, PageRequest page) {
        return page(
                views(
                        caller,
                        "o.login = ?1 and (not b.personal or b.person_id = ?2)",
                        List.of(login, caller.personId()),
                        page),
                page);
    }

    /**
     * The bookmarks kept into a community, newest first; a community whose content the caller may not read does not
     * exist for him.
     */
    public Page<BookmarkView> inCommunity(Caller caller, long communityId, PageRequest page) {
        Community community = em.find(Community.class, communityId);
        if (community == null
                || !policy.canSeeCommunityContent(
                        caller, community.type(), standings.of(caller.personId(), communityId))) {
            throw new NotFoundException("community", communityId);
        }
        return page(views(caller, "b.community_id = ?1", List.of(communityId), page), page);
    }

    /** The bookmarks of a tag the caller may read, newest first. */
    public Page<BookmarkView> tagged(Caller caller, String tag, PageRequest page) {
        return page(
                views(
                        caller,
                        "exists (select 1 from bookmark_tag t where t.bookmark_id = b.id and t.tag = ?1)"
                                + " and (not b.personal or b.person_id = ?2)",
                        List.of(Tags.normalize(tag == null ? "" : tag), caller.personId()),
                        page),
                page);
    }

    /**
     * The pages most people bookmarked in the last {@code days} days (bookmarks everyone reads only), the most kept
     * first; at most {@value #LISTED}.
     */
    public List<PopularPage> popular(Caller caller, int days, int limit) {
        List<?> rows = em.createNativeQuery("select p.id, p.address, count(*) as people,"
                        + " (select f.title from bookmark f where f.page_id = p.id and not f.personal"
                        + notRestricted("f") + "  order by f.created_at, f.id limit 1)"
                        + " from bookmark b join bookmarked_page p on p.id = b.page_id"
                        + " where not b.personal and b.created_at >= now() - make_interval(days => ?1)"
                        + notRestricted("b")
                        + " group by p.id order by people desc, p.id limit ?2")
                .setParameter(1, Math.max(1, days))
                .setParameter(2, Math.min(Math.max(1, limit), LISTED))
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(c -> new PopularPage(
                        ((Number) c[0]).longValue(), (String) c[1], (String) c[3], ((Number) c[2]).longValue()))
                .toList();
    }

    /**
     * The tag cloud: the {@value #CLOUD_SIZE} tags on most bookmarks everyone reads that were kept in the last
     * {@value #CLOUD_DAYS} days, in alphabetical order, each with its weight. The same for every reader (private
     * bookmarks are left out), so it is counted once every {@value #CLOUD_MINUTES} minutes rather than for every page.
     */
    public List<TagCount> tagCloud(Caller caller) {
        Cloud cached = cloud.get();
        int minutes = Integer.getInteger("werkraum.bookmarks.tag-cloud-minutes", CLOUD_MINUTES);
        if (cached == null || !cached.countedAt().isAfter(Instant.now().minus(minutes, ChronoUnit.MINUTES))) {
            cached = new Cloud(countCloud(), Instant.now());
            cloud.set(cached);
        }
        return cached.tags();
    }

    private List<TagCount> countCloud() {
        List<?> rows = em.createNativeQuery("select t.tag, count(*) as n from bookmark b"
                        + " join bookmark_tag t on t.bookmark_id = b.id"
                        + " where not b.personal and b.created_at >= now() - make_interval(days => ?1)"
                        + notRestricted("b")
                        + " group by t.tag order by n desc, t.tag limit ?2")
                .setParameter(1, CLOUD_DAYS)
                .setParameter(2, CLOUD_SIZE)
                .getResultList();
        List<Object[]> counted = rows.stream().map(row -> (Object[]) row).toList();
        if (counted.isEmpty()) {
            return List.of();
        }
        long most = ((Number) counted.get(0)[1]).longValue();
        long least = ((Number) counted.get(counted.size() - 1)[1]).longValue();
        return counted.stream()
                .map(c -> {
                    long n = ((Number) c[1]).longValue();
                    return new TagCount((String) c[0], n, weight(n, least, most));
                })
                .sorted(java.util.Comparator.comparing(TagCount::tag))
                .toList();
    }

    /**
     * A tag's size in the cloud, 1 to {@value #CLOUD_WEIGHTS}, by the logarithm of its count between the cloud's
     * least and most used tags; all of one size when they are used alike.
     */
    static int weight(long count, long least, long most) {
        if (most <= least) {
            return CLOUD_WEIGHTS;
        }
        double share = (Math.log(count) - Math.log(least)) / (Math.log(most) - Math.log(least));
        return 1 + (int) Math.round(share * (CLOUD_WEIGHTS - 1));
    }

    private record Cloud(List<TagCount> tags, Instant countedAt) {}

    /** Who keeps a bookmarked page where the caller sees it, the first first; at most {@value #LISTED}. */
    public List<BookmarkKeeper> keepers(Caller caller, long pageId) {
        List<?> rows = em.createNativeQuery("select o.login, o.display_name, b.created_at, b.personal, b.person_id,"
                        + " c.id, c.type, m.status, m.role"
                        + " from bookmark b join person o on o.id = b.person_id"
                        + " left join community c on c.id = b.community_id left join community_membership m"
                        + " on m.community_id = b.community_id and m.person_id = ?2 where b.page_id = ?1"
                        + " and (not b.personal or b.person_id = ?2)" + inReadableCommunity("b", 2)
                        + " order by b.created_at, b.id")
                .setParameter(1, pageId)
                .setParameter(2, caller.personId())
                .setMaxResults(LISTED)
                .getResultList();
        List<BookmarkKeeper> keepers = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            if (readable(caller, ((Number) c[4]).longValue(), (Boolean) c[3], c[5], c[6], c[7], c[8])) {
                keepers.add(new BookmarkKeeper((String) c[0], (String) c[1], NativeValues.instant(c[2])));
            }
        }
        return keepers;
    }

    /**
     * A bookmarked page with who keeps it, as the reader sees them; a page only kept privately by others does not
     * exist for him (not even its address).
     */
    public KeptPage kept(Caller caller, long pageId) {
        List<BookmarkKeeper> keepers = keepers(caller, pageId);
        if (keepers.isEmpty()) {
            throw new NotFoundException("bookmarked page", pageId);
        }
        Object[] page = (Object[]) em.createNativeQuery("select p.address, (select f.title from bookmark f"
                        + " where f.page_id = p.id and (not f.personal or f.person_id = ?2)"
                        + inReadableCommunity("f", 2) + " order by f.created_at, f.id"
                        + " limit 1) from bookmarked_page p where p.id = ?1")
                .setParameter(1, pageId)
                .setParameter(2, caller.personId())
                .getSingleResult();
        return new KeptPage(pageId, (String) page[0], (String) page[1], keepers);
    }

    /**
     * Keeps the links of a browser's bookmark file ({@link BookmarkFile}) as the caller's bookmarks: their folders and
     * tags as tags, their time and private mark as they were; a page he keeps already is skipped, a link that leads
     * nowhere is reported and the rest kept. Titles, descriptions and tags longer than bookmarks take are shortened.
     * An import is not news: its hundreds of old links stay out of the followers' streams.
     */
    public ImportReport importFile(Caller caller, String html) {
        BookmarkFile.Reading reading = BookmarkFile.read(html);
        int imported = 0;
        int skipped = 0;
        for (BookmarkFile.Entry entry : reading.entries()) {
            List<?> created = em.createNativeQuery(
                            "insert into bookmark (page_id, person_id, title, description, personal, created_at)"
                                    + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (person_id, page_id) do nothing"
                                    + " returning id")
                    .setParameter(1, pageOf(entry.address()))
                    .setParameter(2, caller.personId())
                    .setParameter(3, shortened(line(entry.title()), MAX_TITLE))
                    .setParameter(4, shortened(text(entry.description()), MAX_DESCRIPTION))
                    .setParameter(5, entry.personal())
                    .setParameter(6, Timestamp.from(entry.addedAt() == null ? Instant.now() : entry.addedAt()))
                    .getResultList();
            if (created.isEmpty()) {
                skipped++;
                continue;
            }
            Set<String> tags = new LinkedHashSet<>();
            entry.tags().stream()
                    .map(tag -> shortened(line(tag), MAX_TAG))
                    .filter(tag -> !tag.isBlank())
                    .limit(MAX_TAGS)
                    .forEach(tags::add);
            long id = ((Number) created.get(0)).longValue();
            tag(id, tags);
            if (!entry.personal()) {
                outbox.changed(DocumentType.BOOKMARK, id);
            }
            imported++;
        }
        return new ImportReport(imported, skipped, reading.problems());
    }

    /**
     * The caller's bookmarks as a browser's bookmark file (the Netscape format every browser imports), newest first,
     * private ones marked so, tags in the {@code TAGS} attribute.
     */
    public String export(Caller caller) {
        StringBuilder file = new StringBuilder("""
                <!DOCTYPE NETSCAPE-Bookmark-file-1>
                <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
                <TITLE>Bookmarks</TITLE>
                <H1>Bookmarks</H1>
                <DL><p>
                """);
        int page = 0;
        Page<BookmarkView> mine;
        do {
            mine = mine(caller, new PageRequest(page++, PageRequest.MAX_SIZE));
            for (BookmarkView bookmark : mine.items()) {
                file.append("<DT><A HREF=\"")
                        .append(Entities.escape(bookmark.address()))
                        .append("\" ADD_DATE=\"")
                        .append(bookmark.createdAt().getEpochSecond())
                        .append("\" PRIVATE=\"")
                        .append(bookmark.personal() ? 1 : 0)
                        .append("\" TAGS=\"")
                        .append(Entities.escape(String.join(",", bookmark.tags())))
                        .append("\">")
                        .append(Entities.escape(bookmark.title()))
                        .append("</A>\n");
                if (!bookmark.description().isEmpty()) {
                    file.append("<DD>")
                            .append(Entities.escape(bookmark.description()))
                            .append('\n');
                }
            }
        } while (mine.hasNext());
        return file.append("</DL><p>\n").toString();
    }

    /** The page of an address, made when first kept. */
    private long pageOf(String address) {
        em.createNativeQuery("insert into bookmarked_page (address) values (?1) on conflict (address) do nothing")
                .setParameter(1, address)
                .executeUpdate();
        return ((Number) em.createNativeQuery("select id from bookmarked_page where address = ?1")
                        .setParameter(1, address)
                        .getSingleResult())
                .longValue();
    }

    private void tag(long bookmarkId, Collection<String> tags) {
        em.createNativeQuery("delete from bookmark_tag where bookmark_id = ?1")
                .setParameter(1, bookmarkId)
                .executeUpdate();
        for (String tag : tags) {
            em.createNativeQuery("insert into bookmark_tag (bookmark_id, tag) values (?1, ?2) on conflict do nothing")
                    .setParameter(1, bookmarkId)
                    .setParameter(2, tag)
                    .executeUpdate();
        }
    }

    /**
     * A page of bookmarks, not counted: whether more follow is known from one row more than the page holds (the total
     * then says "more than", {@link Page#totalCapped()}).
     */
    private static Page<BookmarkView> page(List<BookmarkView> rows, PageRequest page) {
        boolean more = rows.size() > page.size();
        List<BookmarkView> items = more ? rows.subList(0, page.size()) : rows;
        return new Page<>(items, page.page(), page.size(), page.offset() + items.size() + (more ? 1 : 0), more);
    }

    /**
     * Bookmarks by a condition on {@code b} (the bookmark) and {@code o} (its owner), newest first, with their pages,
     * tags and how many people keep each page where everyone sees it: one row more than the page, for
     * {@link #page}. The condition is the policy's ({@link AccessPolicy#canRead}), which has the last word.
     */
    private List<BookmarkView> views(Caller caller, String condition, List<Object> parameters, PageRequest page) {
        Query query = em.createNativeQuery("select b.id, b.page_id, p.address, b.title, b.description, b.personal,"
                        + " o.login, o.display_name, b.created_at, b.person_id,"
                        + " (select count(*) from bookmark x where x.page_id = b.page_id and not x.personal"
                        + notRestricted("x") + "),"
                        + " (select coalesce(string_agg(t.tag, ',' order by t.tag), '') from bookmark_tag t"
                        + "  where t.bookmark_id = b.id)"
                        + ", c.id, c.name, c.type, m.status, m.role"
                        + " from bookmark b join bookmarked_page p on p.id = b.page_id"
                        + " join person o on o.id = b.person_id left join community c on c.id = b.community_id"
                        + " left join community_membership m on m.community_id = b.community_id and m.person_id = ?"
                        + (parameters.size() + 1) + " where (" + condition + ")"
                        + inReadableCommunity("b", parameters.size() + 1)
                        + " order by b.created_at desc, b.id desc")
                .setFirstResult(page.offset())
                .setMaxResults(page.size() + 1);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        query.setParameter(parameters.size() + 1, caller.personId());
        List<BookmarkView> views = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            boolean personal = (Boolean) c[5];
            long ownerId = ((Number) c[9]).longValue();
            Long communityId = c[12] == null ? null : ((Number) c[12]).longValue();
            if (!readable(caller, ownerId, personal, c[12], c[14], c[15], c[16])) {
                continue;
            }
            String tags = (String) c[11];
            views.add(new BookmarkView(
                    ((Number) c[0]).longValue(),
                    ((Number) c[1]).longValue(),
                    (String) c[2],
                    (String) c[3],
                    (String) c[4],
                    tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
                    personal,
                    (String) c[6],
                    (String) c[7],
                    NativeValues.instant(c[8]),
                    ((Number) c[10]).longValue(),
                    policy.canChangeBookmark(caller, ownerId),
                    communityId,
                    (String) c[13]));
        }
        return views;
    }

    /**
     * The community a bookmark is kept into: one the caller sees (else it does not exist for him) and contributes
     * to as a member. A community's bookmark is for its readers, never private.
     */
    private ContentItem intoCommunity(Caller caller, BookmarkDraft draft) {
        if (draft.personal()) {
            throw new InvalidInputException(
                    "personal",
                    "error.bookmark.communityNotPrivate",
                    "a bookmark kept into a community is for its readers, not private");
        }
        Community community = em.find(Community.class, draft.communityId());
        Standing standing = community == null ? Standing.NONE : standings.of(caller.personId(), draft.communityId());
        if (community == null || !policy.canSeeCommunity(caller, community.type(), standing)) {
            throw new NotFoundException("community", draft.communityId());
        }
        if (!policy.canContribute(caller, community.type(), standing)) {
            throw new AccessDeniedException(
                    "error.bookmark.membersOnly",
                    "only the members of " + community.name() + " keep bookmarks in it",
                    community.name());
        }
        return ContentItem.inCommunity(caller.personId(), community.id(), community.type());
    }

    /**
     * The policy's word on a bookmark as a row gives it: its owner, whether it is private, its community's id and type
     * (nulls outside communities), and the reader's membership's status and role there (nulls for none).
     */
    private boolean readable(
            Caller caller,
            long ownerId,
            boolean personal,
            Object communityId,
            Object type,
            Object status,
            Object role) {
        ContentItem item = personal
                ? ContentItem.privateItem(ownerId)
                : communityId == null
                        ? ContentItem.publicItem(ownerId)
                        : ContentItem.inCommunity(
                                ownerId, ((Number) communityId).longValue(), CommunityType.valueOf((String) type));
        Standing standing = status == null
                ? Standing.NONE
                : Standings.standing(MembershipStatus.valueOf((String) status), MembershipRole.valueOf((String) role));
        return policy.canRead(caller, item, standing);
    }

    /**
     * The bookmarks of alias {@code b} whose community, if any, the reader with id parameter {@code ?n} reads: a
     * restricted community's only for its members, in the query, so that neither a list nor a count tells others of
     * them.
     */
    static String inReadableCommunity(String b, int n) {
        return " and (" + b + ".community_id is null or exists (select 1 from community rc where rc.id = " + b
                + ".community_id and (rc.type <> 'RESTRICTED' or exists (select 1 from community_membership rm"
                + " where rm.community_id = rc.id and rm.person_id = ?" + n + " and rm.status = 'ACTIVE'))))";
    }

    /** The bookmarks of alias {@code b} everyone reads: none of a restricted community (popular pages, tag cloud). */
    static String notRestricted(String b) {
        return " and (" + b + ".community_id is null or exists (select 1 from community rc where rc.id = " + b
                + ".community_id and rc.type <> 'RESTRICTED'))";
    }

    private static Set<String> tags(Set<String> typed) {
        Set<String> lines = new LinkedHashSet<>();
        typed.stream().filter(tag -> tag != null).map(BookmarkService::line).forEach(lines::add);
        return Tags.normalizeAll(lines);
    }

    /** A title or tag on one line: control characters (PostgreSQL keeps no NUL) as blanks. */
    private static String line(String text) {
        return text.replaceAll("\\p{Cntrl}", " ").strip();
    }

    /** A description: its lines and tabs kept, other control characters gone. */
    private static String text(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
