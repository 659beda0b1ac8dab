package org.werkraum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.werkraum.community.Community;
import org.werkraum.community.CommunityType;
import org.werkraum.community.MembershipStatus;
import org.werkraum.community.Standings;
import org.werkraum.people.PeopleService;
import org.werkraum.people.PersonSummary;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.ContentItem;
import org.werkraum.security.Standing;
import org.werkraum.shared.LikePattern;
import org.werkraum.shared.NativeValues;
import org.werkraum.shared.NotFoundException;
import org.werkraum.shared.Page;
import org.werkraum.shared.PageRequest;
import org.werkraum.shared.Tags;

/**
 * Posts in lists, newest first: a person's blog, a community's blog, the posts with a tag, a person's posts in every
 * blog, the leadership updates, one's drafts; and the same lists as feeds. A list that mixes blogs (a tag's, a
 * person's) holds a restricted community's posts only for its members, already in the query, so that neither a page
 * nor its count tells others of them; the policy then decides over every post shown.
 */
@ApplicationScoped
@Transactional
public class PostLists {

    /** A feed carries this many of the newest posts. */
    public static final int FEED_SIZE = 20;

    /** The blog directory's "most active" counts the posts of this many days. */
    public static final int ACTIVE_DAYS = 90;

    /** The blog directory shows this many blogs in each of its lists. */
    static final int DIRECTORY_SIZE = 20;

    /**
     * The busiest blogs looked at for "most active": the readable among them are shown, so that only a directory where
     * more than 180 of the 200 busiest are restricted communities the reader is not in shows fewer than twenty.
     */
    static final int ACTIVE_CANDIDATES = 200;

    /** The drafts list shows this many, the last changed first. */
    static final int DRAFTS_SHOWN = 100;

    /**
     * Published posts with their authors; their blogs and communities, which a list shows too, come in batches
     * (hibernate.default_batch_fetch_size), since the server allows no alias on a fetch join to filter by.
     */
    private static final String SELECT_PUBLISHED = "select p from BlogPost p join fetch p.author join p.blog b"
            + " left join b.community c where p.status = :published and ";

    private static final String FROM_PUBLISHED =
            " from BlogPost p join p.blog b left join b.community c where p.status = :published and ";

    /** Narrows a list that mixes blogs to the posts of personal blogs, the leadership blog and communities readable. */
    private static final String IN_READABLE_BLOGS = " and (c is null or c.type <> :restricted or c.id in ("
            + "select m.community.id from CommunityMembership m where m.person.id = :me and m.status = :active))";

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    PeopleService people;

    @Inject
    Standings standings;

    /**
     * A person's blog: its owner and its published posts. The blog of someone the caller may not see (a deactivated
     * person, for all but admins) does not exist for him, on the page as through the API.
     */
    public BlogHome blogOf(Caller caller, String login, PageRequest page) {
        PersonSummary owner = people.summary(caller, login);
        return new BlogHome(owner, personal(owner, page, true).map(PostSummary::of));
    }

    /**
     * A community's blog, for whoever reads the community's content; a community the caller may not read does not
     * exist for him.
     */
    public CommunityBlog communityBlog(Caller caller, long communityId, PageRequest page) {
        Community community = em.find(Community.class, communityId);
        Standing standing = readableCommunity(caller, community, communityId);
        return new CommunityBlog(
                communityId,
                community.name(),
                policy.canContribute(caller, community.type(), standing),
                community(communityId, page, true).map(PostSummary::of));
    }

    /** The published posts with a tag, from every blog the caller may read. */
    public Page<PostSummary> tagged(Caller caller, String tag, PageRequest page) {
        return tagged(caller, Tags.normalize(tag), page, true).map(PostSummary::of);
    }

    /** Every leadership update, from the leadership blog and executives' own blogs. */
    public Page<PostSummary> leadershipUpdates(Caller caller, PageRequest page) {
        return leadership(page, true).map(PostSummary::of);
    }

    /**
     * The leadership updates the caller has neither read nor put away: the top of his home page. His own are not
     * among them.
     */
    public List<PostSummary> unreadLeadershipUpdates(Caller caller, int max) {
        // asked on every home page, and mostly there are none: first which, by the index of updates in a statement
        // planned once (planned anew for the query of the posts, it took 0.7 ms for nothing), then those posts
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select p.id from blog_post p where p.status = 'PUBLISHED' and"
                        + " p.leadership_update and p.author_id <> ?1 and not exists (select 1 from leadership_reader r"
                        + " where r.post_id = p.id and r.person_id = ?1) order by p.published_at desc, p.id desc"
                        + " limit ?2")
                .setParameter(1, caller.personId())
                .setParameter(2, max)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(SELECT_PUBLISHED + "p.id in :ids order by p.publishedAt desc, p.id desc", BlogPost.class)
                .setParameter("published", PostStatus.PUBLISHED)
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .getResultList()
                .stream()
                .map(PostSummary::of)
                .toList();
    }

    /**
     * How many leadership updates the caller has neither read nor put away, up to {@code max}: the bell's share, in one
     * statement by the index of updates and without loading them.
     */
    public int unreadLeadershipCount(Caller caller, int max) {
        return ((Number) em.createNativeQuery("select count(*) from (select 1 from blog_post p where p.status ="
                                + " 'PUBLISHED' and p.leadership_update and p.author_id <> ?1 and not exists (select 1"
                                + " from leadership_reader r where r.post_id = p.id and r.person_id = ?1) limit ?2) u")
                        .setParameter(1, caller.personId())
                        .setParameter(2, max)
                        .getSingleResult())
                .intValue();
    }

    /**
     * The blog directory: the blogs with the most posts in the last {@link #ACTIVE_DAYS} days and the newest blogs,
     * each among the blogs the caller may read (a restricted community's only for its members).
     */
    public BlogDirectory directory(Caller caller) {
        Instant since = Instant.now().minus(ACTIVE_DAYS, ChronoUnit.DAYS);
        // the busiest blogs first, from the recent posts alone (an index of them by time, with their blog); then the
        // readable among the first candidates: a restricted community's blog is shown to its members only
        @SuppressWarnings("unchecked")
        List<Object[]> active = em.createNativeQuery("select r.blog_id, r.posts, r.last from ("
                        + " select blog_id, count(*) as posts, max(published_at) as last from blog_post"
                        + " where status = 'PUBLISHED' and published_at >= ?1 group by blog_id"
                        + " order by posts desc, last desc limit ?2) r"
                        + " join blog b on b.id = r.blog_id left join community c on c.id = b.community_id"
                        + " where c.id is null or c.type <> 'RESTRICTED' or c.id in (select m.community_id"
                        + " from community_membership m where m.person_id = ?3 and m.status = 'ACTIVE')"
                        + " order by r.posts desc, r.last desc")
                .setParameter(1, since)
                .setParameter(2, ACTIVE_CANDIDATES)
                .setParameter(3, caller.personId())
                .setMaxResults(DIRECTORY_SIZE)
                .getResultList();
        Map<Long, Blog> blogs = new HashMap<>();
        List<Long> ids =
                active.stream().map(row -> ((Number) row[0]).longValue()).toList();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select b from Blog b left join fetch b.owner left join fetch b.community where b.id in :ids",
                            Blog.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(blog -> blogs.put(blog.id(), blog));
        }
        List<BlogDirectory.Entry> mostActive = active.stream()
                .map(row -> entry(
                        blogs.get(((Number) row[0]).longValue()),
                        ((Number) row[1]).longValue(),
                        NativeValues.instant(row[2])))
                .toList();
        TypedQuery<Blog> opened = em.createQuery(
                "select b from Blog b left join b.community c where exists (select 1 from BlogPost p"
                        + " where p.blog = b and p.status = :published)" + IN_READABLE_BLOGS
                        + " order by b.createdAt desc, b.id desc",
                Blog.class);
        bind(opened, inReadableBlogs(caller, Map.of()));
        List<BlogDirectory.Entry> newest = opened.setMaxResults(DIRECTORY_SIZE).getResultList().stream()
                .map(blog -> entry(blog, 0, null))
                .toList();
        return new BlogDirectory(mostActive, newest);
    }

    private static BlogDirectory.Entry entry(Blog blog, long recentPosts, Instant lastPublished) {
        Community community = blog.community();
        return new BlogDirectory.Entry(
                blog.kind(),
                blog.owner() == null ? null : blog.owner().login(),
                blog.owner() == null ? null : blog.owner().displayName(),
                community == null ? null : community.id(),
                community == null ? null : community.name(),
                recentPosts,
                lastPublished,
                blog.createdAt());
    }

    /**
     * The tags of published posts that start with the text, the most used first, counted only over posts the caller
     * may read: a restricted community's tags do not leak to others through a suggestion.
     */
    public List<String> tagsStartingWith(Caller caller, String text, int max) {
        String prefix = Tags.normalize(text);
        if (prefix.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> tags = em.createQuery(
                "select g, count(p)" + FROM_PUBLISHED.replace(" join p.blog b", " join p.tags g join p.blog b")
                        + "g like :prefix" + IN_READABLE_BLOGS
                        + " group by g order by count(p) desc, g",
                Object[].class);
        bind(tags, inReadableBlogs(caller, Map.of("prefix", LikePattern.startingWith(prefix))));
        return tags.setMaxResults(max).getResultList().stream()
                .map(row -> (String) row[0])
                .toList();
    }

    /** The caller's drafts and scheduled posts, the last changed first. */
    public List<PostSummary> drafts(Caller caller) {
        return em
                .createQuery(
                        "select p from BlogPost p join fetch p.author where p.author.id = :me"
                                + " and p.status in (:draft, :scheduled) order by p.updatedAt desc, p.id desc",
                        BlogPost.class)
                .setParameter("me", caller.personId())
                .setParameter("draft", PostStatus.DRAFT)
                .setParameter("scheduled", PostStatus.SCHEDULED)
                .setMaxResults(DRAFTS_SHOWN)
                .getResultList()
                .stream()
                .map(PostSummary::of)
                .toList();
    }

    /**
     * The newest posts of a feed, with their text, for a feed reader signed in as the caller: what the feed is about
     * (a person's or a community's name, a tag) and up to {@link #FEED_SIZE} posts. A feed of something the caller
     * may not see does not exist for him.
     */
    public PostFeed feed(Caller caller, PostFeed.Source source, String key) {
        PageRequest newest = new PageRequest(0, FEED_SIZE);
        return switch (source) {
            case BLOG -> {
                PersonSummary owner = people.summary(caller, key);
                yield PostFeed.of(source, owner.displayName(), personal(owner, newest, false));
            }
            case COMMUNITY -> {
                long id = communityId(key);
                Community community = em.find(Community.class, id);
                readableCommunity(caller, community, id);
                yield PostFeed.of(source, community.name(), community(id, newest, false));
            }
            case TAG -> {
                String tag = Tags.normalize(key);
                yield PostFeed.of(source, tag, tagged(caller, tag, newest, false));
            }
            case PERSON -> {
                PersonSummary author = people.summary(caller, key);
                yield PostFeed.of(source, author.displayName(), by(caller, author, newest));
            }
            case LEADERSHIP -> PostFeed.of(source, null, leadership(newest, false));
        };
    }

    private Page<BlogPost> personal(PersonSummary owner, PageRequest page, boolean counted) {
        return published(
                "b.kind = :personal and b.owner.id = :owner",
                Map.of("personal", BlogKind.PERSONAL, "owner", owner.id()),
                page,
                counted);
    }

    private Page<BlogPost> community(long communityId, PageRequest page, boolean counted) {
        return published(
                "b.kind = :community and c.id = :id",
                Map.of("community", BlogKind.COMMUNITY, "id", communityId),
                page,
                counted);
    }

    private Page<BlogPost> leadership(PageRequest page, boolean counted) {
        return published("p.leadershipUpdate = true", Map.of(), page, counted);
    }

    private Page<BlogPost> tagged(Caller caller, String tag, PageRequest page, boolean counted) {
        return readable(
                caller,
                published(
                        "exists (select 1 from BlogPost t join t.tags g where t = p and g = :tag)" + IN_READABLE_BLOGS,
                        inReadableBlogs(caller, Map.of("tag", tag)),
                        page,
                        counted));
    }

    /** A person's posts in every blog the caller may read: his own, the leadership blog, communities'. */
    private Page<BlogPost> by(Caller caller, PersonSummary author, PageRequest page) {
        return readable(
                caller,
                published(
                        "p.author.id = :author" + IN_READABLE_BLOGS,
                        inReadableBlogs(caller, Map.of("author", author.id())),
                        page,
                        false));
    }

    /**
     * A page of published posts meeting a condition over {@code p} (the post), {@code b} (its blog) and {@code c}
     * (its community, if any), newest first; with the count of all of them, or (for a feed) without.
     */
    private Page<BlogPost> published(
            String condition, Map<String, Object> parameters, PageRequest page, boolean counted) {
        TypedQuery<BlogPost> query = em.createQuery(
                SELECT_PUBLISHED + condition + " order by p.publishedAt desc, p.id desc", BlogPost.class);
        bind(query, parameters);
        List<BlogPost> posts =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = page.offset() + posts.size();
        if (counted && !Page.isLast(page, posts.size())) {
            TypedQuery<Long> count = em.createQuery("select count(p)" + FROM_PUBLISHED + condition, Long.class);
            bind(count, parameters);
            total = count.getSingleResult();
        }
        return new Page<>(posts, page.page(), page.size(), total);
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> parameters) {
        query.setParameter("published", PostStatus.PUBLISHED);
        parameters.forEach(query::setParameter);
    }

    private static Map<String, Object> inReadableBlogs(Caller caller, Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("restricted", CommunityType.RESTRICTED);
        all.put("me", caller.personId());
        all.put("active", MembershipStatus.ACTIVE);
        return all;
    }

    /** The policy's word on every post of a page the query narrowed, the caller's communities looked up once. */
    private Page<BlogPost> readable(Caller caller, Page<BlogPost> posts) {
        Set<Long> memberOf = new HashSet<>(standings.activeCommunityIds(caller.personId()));
        List<BlogPost> readable = posts.items().stream()
                .filter(post -> {
                    Community community = post.blog().community();
                    Standing standing =
                            community != null && memberOf.contains(community.id()) ? Standing.MEMBER : Standing.NONE;
                    return policy.canRead(caller, PostAccess.item(post), standing);
                })
                .toList();
        return new Page<>(readable, posts.page(), posts.size(), posts.total());
    }

    private Standing readableCommunity(Caller caller, Community community, long communityId) {
        Standing standing = community == null ? Standing.NONE : standings.of(caller.personId(), communityId);
        if (community == null
                || !policy.canRead(caller, ContentItem.inCommunity(0, communityId, community.type()), standing)) {
            throw new NotFoundException("community", communityId);
        }
        return standing;
    }

    private static long communityId(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new NotFoundException("community", key);
        }
    }
}
