package org.werkraum.wiki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.werkraum.activity.Activities;
import org.werkraum.activity.Activity;
import org.werkraum.activity.ActivityKind;
import org.werkraum.community.Community;
import org.werkraum.markdown.WikiLinks;
import org.werkraum.notification.Notice;
import org.werkraum.notification.NotificationKind;
import org.werkraum.notification.Notifications;
import org.werkraum.notification.SubjectType;
import org.werkraum.outbox.Outbox;
import org.werkraum.people.Person;
import org.werkraum.search.DocumentType;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.WikiRole;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.ConflictException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.LikePattern;
import org.werkraum.shared.NativeValues;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.shared.TooLargeException;

/**
 * Wikis, their pages and every save of them. A save names the revision it started from: a save on top of the current
 * revision becomes the next one; a save that started earlier is merged with what was saved meanwhile, and refused
 * with the writer's text ({@link EditConflictException}) where both changed the same lines. Saves of one page wait for
 * each other on the page's row, on every node alike.
 */
@ApplicationScoped
@Transactional
public class WikiService {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int TITLE_MAX = 200;
    public static final int COMMENT_MAX = 500;

    /** Long handbooks fit; a dump of a whole file share does not (a page of 1 MB is refused). */
    public static final int TEXT_MAX = 500_000;

    /** Pages of one level and wikis listed at most (the tree navigator that loads level by level comes later). */
    static final int LISTED = 500;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    WikiAccess access;

    @Inject
    Outbox outbox;

    @Inject
    PageLinks links;

    @Inject
    WikiWatches watches;

    @Inject
    Attachments attachments;

    @Inject
    Activities activities;

    @Inject
    Notifications notifications;

    /** A wiki of one's own, with its creator as its owner. */
    public WikiSummary create(Caller caller, WikiDraft draft) {
        if (!policy.canCreateWiki(caller)) {
            throw new AccessDeniedException("error.wiki.notAllowed", "only employees create wikis");
        }
        String name = required("name", draft.name(), NAME_MAX, "error.wiki.nameMissing", "error.wiki.nameTooLong");
        String description = draft.description() == null || draft.description().isBlank()
                ? null
                : draft.description().strip();
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException(
                    "description", "error.wiki.descriptionTooLong", "the description is too long", DESCRIPTION_MAX);
        }
        Wiki wiki = new Wiki(
                name, description, !Boolean.FALSE.equals(draft.openToAll()), em.find(Person.class, caller.personId()));
        em.persist(wiki);
        em.flush();
        name(wiki.id(), caller.personId(), WikiRole.OWNER);
        return summary(caller, wiki);
    }

    /** A community's wiki, created with its first use; its rights are the community's. */
    public WikiSummary ofCommunity(Caller caller, long communityId) {
        Community community = em.find(Community.class, communityId);
        if (community == null || !access.readsContent(caller, community)) {
            throw new NotFoundException("community", communityId);
        }
        Wiki wiki = communityWiki(communityId);
        if (wiki == null) {
            // two first visits at once: one inserts, the other finds it
            em.createNativeQuery("insert into wiki (name, community_id, open_to_all, created_by)"
                            + " values (?1, ?2, false, ?3) on conflict (community_id) do nothing")
                    .setParameter(1, community.name())
                    .setParameter(2, communityId)
                    .setParameter(3, caller.personId())
                    .executeUpdate();
            wiki = communityWiki(communityId);
        }
        return summary(caller, wiki);
    }

    private Wiki communityWiki(long communityId) {
        return em.createQuery("select w from Wiki w where w.community.id = :c", Wiki.class)
                .setParameter("c", communityId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public WikiSummary wiki(Caller caller, long wikiId) {
        return summary(caller, access.readable(caller, wikiId));
    }

    /**
     * Names a person in a wiki of its own as reader, editor or owner, or takes him out ({@link WikiRole#NONE}). Its
     * owners do; the last owner stays.
     */
    public void name(Caller caller, long wikiId, String login, WikiRole role) {
        Wiki wiki = access.readable(caller, wikiId);
        if (wiki.community() != null) {
            throw new ConflictException(
                    "error.wiki.communityMembers", "a community's wiki has the community's members");
        }
        if (!access.of(caller, wiki).manage()) {
            throw new AccessDeniedException("error.wiki.ownersOnly", "only its owners name a wiki's people");
        }
        Person person = em.createQuery("select p from Person p where p.login = :login and p.active", Person.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("person", login));
        boolean lastOwner = access.roleOf(person.id(), wikiId) == WikiRole.OWNER
                && role != WikiRole.OWNER
                && ((Number) em.createNativeQuery(
                                                "select count(*) from wiki_member where wiki_id = ?1 and role = 'OWNER'")
                                        .setParameter(1, wikiId)
                                        .getSingleResult())
                                .longValue()
                        == 1;
        if (lastOwner) {
            throw new ConflictException("error.wiki.lastOwner", "a wiki keeps at least one owner");
        }
        if (role == WikiRole.NONE) {
            em.createNativeQuery("delete from wiki_member where wiki_id = ?1 and person_id = ?2")
                    .setParameter(1, wikiId)
                    .setParameter(2, person.id())
                    .executeUpdate();
        } else {
            name(wikiId, person.id(), role);
        }
    }

    private void name(long wikiId, long personId, WikiRole role) {
        em.createNativeQuery("insert into wiki_member (wiki_id, person_id, role) values (?1, ?2, ?3)"
                        + " on conflict (wiki_id, person_id) do update set role = excluded.role")
                .setParameter(1, wikiId)
                .setParameter(2, personId)
                .setParameter(3, role.name())
                .executeUpdate();
    }

    /**
     * A new page with its first revision, at the top of the wiki or under a parent of the same wiki. Its title is free
     * in the wiki; the links to it that were waiting for it lead to it from now on.
     */
    public Saved createPage(Caller caller, long wikiId, PageDraft draft) {
        Wiki wiki = access.readable(caller, wikiId);
        access.requireEditor(caller, wiki);
        String title = title(draft.title());
        String text = text(draft.markdown());
        String comment = comment(draft.comment());
        access.lock(wikiId);
        if (draft.parentId() != null) {
            WikiPage parent = em.find(WikiPage.class, draft.parentId());
            if (parent == null || parent.isDeleted() || !parent.wiki().id().equals(wikiId)) {
                throw new NotFoundException("page", draft.parentId());
            }
        }
        requireFreeTitle(wikiId, title, null);
        WikiPage page = new WikiPage(wiki, draft.parentId(), title);
        em.persist(page);
        em.flush();
        em.persist(new PageRevision(
                page,
                1,
                title,
                text,
                links.render(wikiId, page.id(), text),
                em.find(Person.class, caller.personId()),
                comment,
                false,
                null));
        links.record(wikiId, page.id(), text);
        em.flush();
        links.refreshLinksTo(wikiId, List.of(WikiLinks.key(title)));
        outbox.changed(DocumentType.WIKI_PAGE, page.id());
        recordEdit(caller, page, title, text, comment);
        tell(caller, page, title, text, comment, null);
        return new Saved(page.id(), 1, false);
    }

    public PageView page(Caller caller, long pageId) {
        WikiAccess.Reading reading = access.read(caller, pageId);
        WikiPage page = reading.page();
        Object[] around = (Object[]) em.createNativeQuery(SURROUNDINGS)
                .setParameter(1, page.wiki().id())
                .setParameter(2, page.parentId() == null ? 0L : page.parentId())
                .setParameter(3, page.id())
                .setParameter(4, WikiLinks.key(page.title()))
                .setParameter(5, caller.personId())
                .setParameter(6, page.revision())
                .getSingleResult();
        return new PageView(
                page.id(),
                page.wiki().id(),
                page.wiki().name(),
                page.parentId(),
                page.title(),
                page.revision(),
                (String) around[5],
                (String) around[6],
                (String) around[8],
                (String) around[9],
                NativeValues.instant(around[7]),
                reading.rights().edit(),
                page.isTemplate(),
                (Boolean) around[3],
                pageLinks(around[0]),
                pageLinks(around[1]),
                pageLinks(around[2]),
                (Boolean) around[4] ? attachments.views(page.id(), null) : List.of());
    }

    /**
     * What a page view shows besides the page's row, in one statement (a round trip to PostgreSQL costs about as much
     * as the little each of these fetches): the pages above it from the top down, the pages below it and the pages
     * linking to it by title (at most {@link #LISTED} each), as JSON arrays of [id, title]; whether the reader watches
     * it and whether it has files; its current revision's Markdown, HTML, time and author's login and name.
     * Parameters: 1 the wiki, 2 the parent (0 for none), 3 the page, 4 its title's key, 5 the reader, 6 the revision.
     */
    static final String SURROUNDINGS = """
            with recursive up(id, title, parent_id, depth) as (
                select id, title, parent_id, 0 from wiki_page where id = ?2
                union all
                select p.id, p.title, p.parent_id, up.depth + 1 from wiki_page p join up on p.id = up.parent_id
                where up.depth < 100)
            select
                (select coalesce(json_agg(json_build_array(id, title) order by depth desc), '[]') from up)::text,
                (select coalesce(json_agg(json_build_array(c.id, c.title) order by lower(c.title), c.id), '[]')
                 from (select id, title from wiki_page where wiki_id = ?1 and parent_id = ?3 and deleted_at is null
                       order by lower(title), id limit 500) c)::text,
                (select coalesce(json_agg(json_build_array(b.id, b.title) order by lower(b.title), b.id), '[]')
                 from (select s.id, s.title from wiki_link l
                       join wiki_page s on s.id = l.page_id and s.deleted_at is null
                       where l.wiki_id = ?1 and l.target = ?4 and s.id <> ?3
                       order by lower(s.title), s.id limit 500) b)::text,
                exists (select 1 from wiki_watch where person_id = ?5 and wiki_id = ?1 and page_id = ?3),
                exists (select 1 from wiki_attachment where page_id = ?3 and deleted_at is null),
                r.markdown, r.html, r.created_at, a.login, a.display_name
            from page_revision r join person a on a.id = r.author_id
            where r.page_id = ?3 and r.number = ?6
            """;

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    /** [[id, title], …] as PostgreSQL wrote it. */
    private static List<PageLink> pageLinks(Object json) {
        try (JsonReader reader = JSON.createReader(new StringReader((String) json))) {
            return reader.readArray().getValuesAs(JsonArray.class).stream()
                    .map(link -> new PageLink(link.getJsonNumber(0).longValue(), link.getString(1)))
                    .toList();
        }
    }

    /** A wiki and the pages at its top. */
    public WikiHome home(Caller caller, long wikiId) {
        Wiki wiki = access.readable(caller, wikiId);
        List<TreeNode> top = tree(caller, wikiId, null);
        boolean more = top.size() == LISTED
                && !em.createNativeQuery("select id from wiki_page where wiki_id = ?1 and parent_id is null"
                                + " and deleted_at is null")
                        .setParameter(1, wikiId)
                        .setFirstResult(LISTED)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
        return new WikiHome(summary(caller, wiki), top, more, watches.watching(caller.personId(), wikiId, null));
    }

    /**
     * Every page of a wiki by title, whose titles contain {@code title} (none: all), a page at a time: the index
     * that reaches the pages a level of the tree does not list (it lists {@link #LISTED}). Counted exactly, so that
     * every page of the index is reached: a wiki's pages are thousands, not a company's hundreds of thousands.
     */
    public Page<PageLink> index(Caller caller, long wikiId, String title, PageRequest page) {
        access.readable(caller, wikiId);
        boolean filtered = title != null && !title.isBlank();
        String from = " from wiki_page where wiki_id = ?1 and deleted_at is null"
                + (filtered ? " and lower(title) like ?2" : "");
        Query rows = em.createNativeQuery("select id, title" + from + " order by lower(title), id");
        Query count = em.createNativeQuery("select count(*)" + from);
        for (Query query : List.of(rows, count)) {
            query.setParameter(1, wikiId);
            if (filtered) {
                query.setParameter(2, LikePattern.containing(title));
            }
        }
        List<PageLink> pages = PageLinks.links(
                rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList());
        if (Page.isLast(page, pages.size())) {
            return new Page<>(pages, page.page(), page.size(), page.offset() + pages.size());
        }
        return new Page<>(pages, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    /** What a text being written would look like as a page of the wiki ({@code pageId} none for a new page). */
    public String preview(Caller caller, long wikiId, Long pageId, String markdown) {
        access.readable(caller, wikiId);
        return links.render(wikiId, pageId, markdown == null ? "" : markdown);
    }

    /**
     * One level of a wiki's tree for its navigator: the pages at the top ({@code parentId} none) or below a page, by
     * title, each saying whether pages are below it. Only the levels someone opens are read, so a wiki of thousands
     * of pages opens as fast as a small one.
     */
    public List<TreeNode> tree(Caller caller, long wikiId, Long parentId) {
        access.readable(caller, wikiId);
        Query query = em.createNativeQuery("select p.id, p.title, exists (select 1 from wiki_page c"
                        + " where c.wiki_id = p.wiki_id and c.parent_id = p.id and c.deleted_at is null)"
                        + " from wiki_page p where p.wiki_id = ?1"
                        + (parentId == null ? " and p.parent_id is null" : " and p.parent_id = ?2")
                        + " and p.deleted_at is null order by lower(p.title), p.id")
                .setParameter(1, wikiId)
                .setMaxResults(LISTED);
        if (parentId != null) {
            query.setParameter(2, parentId);
        }
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(c -> new TreeNode(((Number) c[0]).longValue(), (String) c[1], (Boolean) c[2]))
                .toList();
    }

    /** Titles the wiki's pages link to that no page has yet, the most linked first. */
    public List<WantedPage> wanted(Caller caller, long wikiId) {
        access.readable(caller, wikiId);
        return links.wanted(wikiId);
    }

    /** Pages of the wiki that no other page links to (templates aside). */
    public List<PageLink> orphaned(Caller caller, long wikiId) {
        access.readable(caller, wikiId);
        return links.orphaned(wikiId);
    }

    /** The pages of a wiki that new pages may start from, by title. */
    public List<PageLink> templates(Caller caller, long wikiId) {
        access.readable(caller, wikiId);
        return PageLinks.links(em.createNativeQuery("select id, title from wiki_page where wiki_id = ?1"
                        + " and is_template and deleted_at is null order by lower(title), id")
                .setParameter(1, wikiId)
                .setMaxResults(LISTED)
                .getResultList());
    }

    /** The text a new page of a wiki starts from: a page of the same wiki (any other does not exist here). */
    public String templateText(Caller caller, long wikiId, long templateId) {
        WikiPage template = access.readablePage(caller, templateId);
        if (!template.wiki().id().equals(wikiId)) {
            throw new NotFoundException("page", templateId);
        }
        return revision(template, template.revision()).markdown();
    }

    /** Offers a page as a template for new pages of its wiki, or no longer. */
    public void markTemplate(Caller caller, long pageId, boolean template) {
        WikiPage page = access.readablePage(caller, pageId);
        access.requireEditor(caller, page.wiki());
        page.template(template);
        em.flush();
    }

    /**
     * The wikis the caller was named in and those open to all employees, newest first, whose names contain
     * {@code name} (none: all); counted up to {@link Page#countedAtMost()}. Community wikis are found through their
     * communities.
     */
    public Page<WikiSummary> wikis(Caller caller, String name, PageRequest page) {
        boolean named = name != null && !name.isBlank();
        String from = " from wiki w left join wiki_member m on m.wiki_id = w.id and m.person_id = ?1"
                + " where w.community_id is null and (w.open_to_all or m.role is not null)"
                + (named ? " and lower(w.name) like ?2" : "");
        // one statement with the caller's role in each: the rights follow from it without a query per wiki
        Query rows = em.createNativeQuery("select w.id, w.name, w.description, w.open_to_all, m.role" + from
                + " order by w.created_at desc, w.id desc");
        Query beyond = em.createNativeQuery("select w.id" + from);
        Query count = em.createNativeQuery("select count(*)" + from);
        for (Query query : List.of(rows, beyond, count)) {
            query.setParameter(1, caller.personId());
            if (named) {
                query.setParameter(2, LikePattern.containing(name));
            }
        }
        if (named) {
            // planned for the name given: a plan for any name walks all wikis newest first, 10 ms for a rare name
            em.createNativeQuery("set local plan_cache_mode = force_custom_plan")
                    .executeUpdate();
        }
        List<WikiSummary> wikis = new ArrayList<>();
        for (Object row :
                rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()) {
            Object[] c = (Object[]) row;
            boolean openToAll = (Boolean) c[3];
            WikiRole role = c[4] == null ? WikiRole.NONE : WikiRole.valueOf((String) c[4]);
            if (!policy.canReadWiki(caller, openToAll, role)) {
                continue; // the statement's condition is the policy's; the policy has the last word
            }
            wikis.add(new WikiSummary(
                    ((Number) c[0]).longValue(),
                    (String) c[1],
                    (String) c[2],
                    null,
                    openToAll,
                    policy.canEditWiki(caller, openToAll, role),
                    policy.canManageWiki(caller, openToAll, role)));
        }
        if (Page.isLast(page, wikis.size())) {
            return new Page<>(wikis, page.page(), page.size(), page.offset() + wikis.size());
        }
        // 25,000 wikis need not be counted for every page: one row past the bound says whether there are more
        int countedAtMost = Page.countedAtMost();
        if (!beyond.setFirstResult(countedAtMost)
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            return new Page<>(wikis, page.page(), page.size(), countedAtMost, true);
        }
        return new Page<>(wikis, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Saves an edit as the page's next revision. Started from the current revision, it is saved as it is; started
     * from an earlier one, it is merged with what was saved since (saved as the merge, {@link Saved#merged()}), or,
     * where both changed the same lines, refused with everything the writer needs to resolve it.
     *
     * @throws EditConflictException
     *             when edits saved meanwhile changed the same lines, or the title differently
     */
    public Saved save(Caller caller, long pageId, PageEdit edit) {
        WikiPage page = access.readablePage(caller, pageId);
        access.requireEditor(caller, page.wiki());
        String title = title(edit.title());
        String text = TextMerge.normalized(text(edit.markdown()));
        String comment = comment(edit.comment());
        // changes of one wiki, from any node, one after the other from here
        access.lock(page.wiki().id());
        em.refresh(page, LockModeType.PESSIMISTIC_WRITE);
        if (edit.baseRevision() == null) {
            throw new InvalidInputException(
                    "baseRevision", "error.page.baseMissing", "a save names the revision it started from");
        }
        if (edit.baseRevision() < 1 || edit.baseRevision() > page.revision()) {
            throw new InvalidInputException(
                    "baseRevision", "error.page.unknownRevision", "the page has no such revision", edit.baseRevision());
        }
        boolean merged = false;
        if (edit.baseRevision() != page.revision()) {
            PageRevision base = revision(page, edit.baseRevision());
            PageRevision current = revision(page, page.revision());
            TextMerge.Result merge = TextMerge.merge(base.markdown(), text, current.markdown());
            boolean titlesClash = !title.equals(base.title())
                    && !current.title().equals(base.title())
                    && !title.equals(current.title());
            if (merge.conflicts() || titlesClash) {
                throw new EditConflictException(
                        title, text, page.revision(), current.title(), current.markdown(), merge.text());
            }
            text = merge.text();
            title = title.equals(base.title()) ? current.title() : title;
            merged = true;
        }
        return commit(caller, page, title, text, comment, Boolean.TRUE.equals(edit.minor()), null, merged);
    }

    /**
     * Makes a title and text the page's next revision, with its links rendered and kept. A new title renames the page:
     * the links to it, in its own text and in the wiki's other pages, follow ({@link #relink}).
     */
    private Saved commit(
            Caller caller,
            WikiPage page,
            String title,
            String text,
            String comment,
            boolean minor,
            Integer revertedFrom,
            boolean merged) {
        long wikiId = page.wiki().id();
        String before = page.title();
        boolean renamed = !WikiLinks.key(before).equals(WikiLinks.key(title));
        if (!title.equals(before)) {
            requireFreeTitle(wikiId, title, page.id());
        }
        String saved = renamed ? WikiLinks.retarget(text, before, title) : text;
        String previousText = revision(page, page.revision()).markdown();
        int number = page.revision() + 1;
        PageRevision revision = new PageRevision(
                page,
                number,
                title,
                saved,
                links.render(wikiId, page.id(), saved),
                em.find(Person.class, caller.personId()),
                comment,
                minor,
                revertedFrom);
        em.persist(revision);
        page.revised(number, title, revision.createdAt());
        links.record(wikiId, page.id(), saved);
        em.flush();
        if (renamed) {
            relink(caller, page, before, title);
            em.flush();
            links.refreshLinksTo(wikiId, List.of(WikiLinks.key(before), WikiLinks.key(title)));
        }
        outbox.changed(DocumentType.WIKI_PAGE, page.id());
        if (!minor) {
            recordEdit(caller, page, title, saved, comment);
            tell(caller, page, title, saved, comment, previousText);
        }
        return new Saved(page.id(), number, merged);
    }

    /**
     * The wiki's readers who follow the editor or the community hear of a page written or changed (a minor change is
     * not news); what they read is the editor's comment, or else the beginning of the page.
     */
    private void recordEdit(Caller caller, WikiPage page, String title, String text, String comment) {
        Wiki wiki = page.wiki();
        activities.recordChange(new Activity(
                ActivityKind.WIKI_EDIT,
                caller.personId(),
                page.id(),
                null,
                wiki.community() == null ? null : wiki.community().id(),
                wiki.readers(policy),
                title,
                comment == null || comment.isBlank() ? Activity.excerptOf(text) : comment,
                Set.of()));
    }

    /**
     * The people the text mentions now and did not before hear of it; then those who watch the page or its wiki hear
     * that it changed, each once.
     */
    private void tell(Caller caller, WikiPage page, String title, String text, String comment, String previousText) {
        Wiki wiki = page.wiki();
        Notice notice = new Notice(
                NotificationKind.MENTION,
                caller.personId(),
                SubjectType.PAGE,
                page.id(),
                null,
                null,
                wiki.community() == null ? null : wiki.community().id(),
                wiki.readers(policy).iterator().next(),
                title,
                comment == null || comment.isBlank() ? Activity.excerptOf(text) : comment);
        Set<Long> told = notifications.mentioned(notice, previousText, text);
        List<Long> watchers = em
                .createNativeQuery(
                        "select distinct person_id from wiki_watch where wiki_id = ?1"
                                + " and (page_id is null or page_id = ?2)",
                        Long.class)
                .setParameter(1, wiki.id())
                .setParameter(2, page.id())
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .filter(id -> !told.contains(id))
                .toList();
        notifications.send(notice.as(NotificationKind.PAGE_CHANGED), watchers);
    }

    /**
     * The links to a renamed page in the wiki's other pages name its new title, each page's as a minor revision by
     * whoever renamed it, commented "old title → new title". The caller holds the wiki's lock, so no save of those
     * pages runs meanwhile.
     */
    private void relink(Caller caller, WikiPage renamed, String from, String to) {
        long wikiId = renamed.wiki().id();
        Person author = em.find(Person.class, caller.personId());
        for (PageLinks.Linking linking : links.linkingTo(wikiId, List.of(WikiLinks.key(from)))) {
            String text = WikiLinks.retarget(linking.markdown(), from, to);
            if (linking.pageId() == renamed.id() || text.equals(linking.markdown())) {
                continue;
            }
            WikiPage page = em.find(WikiPage.class, linking.pageId(), LockModeType.PESSIMISTIC_WRITE);
            int next = page.revision() + 1;
            PageRevision revision = new PageRevision(
                    page,
                    next,
                    page.title(),
                    text,
                    links.render(wikiId, page.id(), text),
                    author,
                    from + " → " + to,
                    true,
                    null);
            em.persist(revision);
            page.revised(next, page.title(), revision.createdAt());
            links.record(wikiId, page.id(), text);
            outbox.changed(DocumentType.WIKI_PAGE, page.id());
        }
    }

    /** One revision of a page as it was saved. */
    public RevisionView revision(Caller caller, long pageId, int number) {
        WikiPage page = access.readablePage(caller, pageId);
        PageRevision revision = existingRevision(page, number);
        return new RevisionView(
                page.id(),
                page.wiki().id(),
                revision.number(),
                page.revision(),
                revision.title(),
                revision.markdown(),
                revision.html(),
                revision.author().login(),
                revision.author().displayName(),
                revision.createdAt(),
                revision.comment(),
                access.of(caller, page.wiki()).edit());
    }

    /** The differences from one revision of a page to another (either way round). */
    public PageDiff diff(Caller caller, long pageId, int from, int to) {
        WikiPage page = access.readablePage(caller, pageId);
        PageRevision before = existingRevision(page, from);
        PageRevision after = existingRevision(page, to);
        return new PageDiff(
                page.id(), page.title(), from, to, Differences.between(before.markdown(), after.markdown()));
    }

    /**
     * Makes an old revision's title and text the page's next revision; the revisions between stay in the history. It
     * replaces on purpose what is there now, so it needs no merge; saves wait for it as for any save.
     */
    public Saved revert(Caller caller, long pageId, int number) {
        WikiPage page = access.readablePage(caller, pageId);
        access.requireEditor(caller, page.wiki());
        access.lock(page.wiki().id());
        em.refresh(page, LockModeType.PESSIMISTIC_WRITE);
        PageRevision old = existingRevision(page, number);
        return commit(caller, page, old.title(), old.markdown(), null, false, old.number(), false);
    }

    /** A revision of this page; a number it does not have (another page's revision) is not found. */
    private PageRevision existingRevision(WikiPage page, int number) {
        if (number < 1 || number > page.revision()) {
            throw new NotFoundException("revision", number);
        }
        return revision(page, number);
    }

    /** The latest saves of the wiki's pages (those not in the trash), newest first: its feed of recent changes. */
    public RecentChanges changes(Caller caller, long wikiId, int limit) {
        Wiki wiki = access.readable(caller, wikiId);
        return new RecentChanges(
                wiki.name(),
                changes(em.createQuery(
                                "select r from PageRevision r join fetch r.author join fetch r.page"
                                        + " where r.page.wiki.id = :wiki and r.page.deletedAt is null"
                                        + " order by r.createdAt desc, r.id desc",
                                PageRevision.class)
                        .setParameter("wiki", wikiId)
                        .setMaxResults(limit)
                        .getResultList()));
    }

    /** The latest saves of one page, newest first: its feed. */
    public RecentChanges pageChanges(Caller caller, long pageId, int limit) {
        WikiPage page = access.readablePage(caller, pageId);
        return new RecentChanges(
                page.title(),
                changes(em.createQuery(
                                "select r from PageRevision r join fetch r.author where r.page = :page"
                                        + " order by r.number desc",
                                PageRevision.class)
                        .setParameter("page", page)
                        .setMaxResults(limit)
                        .getResultList()));
    }

    private static List<PageChange> changes(List<PageRevision> revisions) {
        return revisions.stream()
                .map(r -> new PageChange(
                        r.page().id(),
                        r.number(),
                        r.title(),
                        r.html(),
                        r.comment(),
                        r.minor(),
                        r.author().login(),
                        r.author().displayName(),
                        r.createdAt()))
                .toList();
    }

    /** A page's history, newest first. */
    public Page<RevisionSummary> history(Caller caller, long pageId, PageRequest request) {
        WikiPage page = access.readablePage(caller, pageId);
        List<RevisionSummary> revisions = em
                .createQuery(
                        "select r from PageRevision r join fetch r.author where r.page = :page"
                                + " order by r.number desc",
                        PageRevision.class)
                .setParameter("page", page)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList()
                .stream()
                .map(r -> new RevisionSummary(
                        r.number(),
                        r.title(),
                        r.author().login(),
                        r.author().displayName(),
                        r.createdAt(),
                        r.comment(),
                        r.minor(),
                        r.revertedFrom()))
                .toList();
        return new Page<>(revisions, request.page(), request.size(), page.revision());
    }

    private WikiSummary summary(Caller caller, Wiki wiki) {
        WikiAccess.Rights rights = access.of(caller, wiki);
        return new WikiSummary(
                wiki.id(),
                wiki.name(),
                wiki.description(),
                wiki.community() == null ? null : wiki.community().id(),
                wiki.openToAll(),
                rights.edit(),
                rights.manage());
    }

    private PageRevision revision(WikiPage page, int number) {
        return em.createQuery(
                        "select r from PageRevision r join fetch r.author where r.page = :page and r.number = :n",
                        PageRevision.class)
                .setParameter("page", page)
                .setParameter("n", number)
                .getSingleResult();
    }

    /** Titles are unique in a wiki, whatever the case: a wiki link names a page by its title. */
    private void requireFreeTitle(long wikiId, String title, Long except) {
        boolean taken = !em.createNativeQuery("select 1 from wiki_page where wiki_id = ?1"
                        + " and lower(title) = lower(?2) and deleted_at is null and id <> ?3")
                .setParameter(1, wikiId)
                .setParameter(2, title)
                .setParameter(3, except == null ? 0L : except)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new ConflictException("error.page.titleTaken", "a page of the wiki has this title", title);
        }
    }

    private static String title(String title) {
        return required("title", title, TITLE_MAX, "error.page.titleMissing", "error.page.titleTooLong");
    }

    private static String text(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.length() > TEXT_MAX) {
            throw new TooLargeException(
                    "markdown", "error.page.textTooLong", "the text is longer than the limit", TEXT_MAX);
        }
        return text;
    }

    private static String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        if (comment.strip().length() > COMMENT_MAX) {
            throw new InvalidInputException(
                    "comment", "error.page.commentTooLong", "the comment is too long", COMMENT_MAX);
        }
        return comment.strip();
    }

    private static String required(String field, String value, int max, String missingKey, String tooLongKey) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, missingKey, field + " is missing");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, tooLongKey, field + " is too long", max);
        }
        return stripped;
    }
}
