package org.werkraum.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.werkraum.searching.ReaderPrincipals;
import org.werkraum.security.Caller;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.NativeValues;

/**
 * A person's home stream: what he, the people, the communities and the tags he follows did, newest first, only what
 * he may read. Read by index for each thing followed and merged, so that following 200 people costs 200 short index
 * walks, never a walk over everybody's activity; what he may read is decided in the same walks by the principals the
 * policy gives him ({@link ReaderPrincipals}), the same as search's.
 *
 * <p>In two steps: first the newest readable activity of each thing followed (one index entry each), then the page
 * from those things alone whose newest reaches the page. A page of n holds nothing older than the n-th newest of
 * those firsts (n different activities are at least as new), so the second step walks a few things down to that
 * activity, not every thing a page deep: half the time of walking each one as deep as a page (0.85 ms against 1.8 ms
 * for 200 people and 22 communities followed), with the same answer.
 */
@ApplicationScoped
@Transactional
public class ActivityStream {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** What a reader may see of the activities walked: older than the page before, readable, of the kinds asked. */
    private static final String SHOWN = " and a.id < ?2 and a.readers = any(?3) and a.kind = any(?4)";

    private static final String FIRST = SHOWN + " order by a.id desc limit 1)";

    /** The page's activities of one thing followed: down to where the page can reach. */
    private static final String DOWN_TO_REACH = " and a.id >= r.reach" + SHOWN + " order by a.id desc limit ?5) x";

    private static final String STREAM = "with followed as (select cast(?1 as bigint) as person_id"
            + " union all select person_id from follow_person where follower_id = ?1),"
            // the newest readable activity of each thing followed (null for none)
            + " firsts as materialized ("
            + "select 'p' as what, f.person_id as id, cast(null as varchar) as tag,"
            + " (select a.id from activity a where a.actor_id = f.person_id" + FIRST + " as newest from followed f"
            + " union all select 'c', f.community_id, null, (select a.id from activity a"
            + " where a.community_id = f.community_id" + FIRST + " from follow_community f where f.follower_id = ?1"
            + " union all select 't', null, f.tag, (select a.id from activity_tag t join activity a"
            + " on a.id = t.activity_id where t.tag = f.tag" + FIRST + " from follow_tag f where f.follower_id = ?1),"
            // the page reaches down to the n-th newest of those, or to the beginning with fewer than n of them
            + " reach as materialized (select case when count(*) = ?5 then min(newest) else 0 end as reach from"
            + " (select distinct newest from firsts where newest is not null order by newest desc limit ?5) n),"
            + " newest as ("
            + "select x.id from firsts f, reach r cross join lateral (select a.id from activity a"
            + " where a.actor_id = f.id" + DOWN_TO_REACH + " where f.what = 'p' and f.newest >= r.reach"
            + " union select x.id from firsts f, reach r cross join lateral (select a.id from activity a"
            + " where a.community_id = f.id" + DOWN_TO_REACH + " where f.what = 'c' and f.newest >= r.reach"
            + " union select x.id from firsts f, reach r cross join lateral (select a.id from activity_tag t"
            + " join activity a on a.id = t.activity_id where t.tag = f.tag" + DOWN_TO_REACH
            + " where f.what = 't' and f.newest >= r.reach"
            + " order by id desc limit ?5)"
            + " select a.id, a.kind, p.login, p.display_name, a.subject_id, a.parent_id, bp.address,"
            + " a.community_id, c.name, a.title, a.excerpt, a.created_at from newest n join activity a on a.id = n.id"
            + " join person p on p.id = a.actor_id left join community c on c.id = a.community_id"
            + " left join bookmarked_page bp on a.kind = 'BOOKMARK' and bp.id = a.parent_id"
            + " order by a.id desc";

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    ReaderPrincipals readers;

    /**
     * @param kinds
     *            what to show ({@link StreamFilter#kindsOf})
     * @param before
     *            the page starts below this activity ({@link StreamPage#older}); null for the newest
     */
    public StreamPage home(Caller caller, Set<ActivityKind> kinds, Long before, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException(
                    "size", "error.page.size", "a page holds 1 to " + MAX_PAGE_SIZE + " items", MAX_PAGE_SIZE);
        }
        Set<String> principals = readers.of(caller);
        // one plan for every reader: its walks are by index whatever the values, and planning the statement anew
        // took longer than running it (1.4 ms against 1.5 ms for 200 people followed)
        em.createNativeQuery("set local plan_cache_mode = force_generic_plan").executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(STREAM)
                .setParameter(1, caller.personId())
                .setParameter(2, before == null ? Long.MAX_VALUE : before)
                .setParameter(3, principals.toArray(String[]::new))
                .setParameter(4, kinds.stream().map(Enum::name).toArray(String[]::new))
                .setParameter(5, size + 1)
                .getResultList();
        List<StreamItem> items = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(size, rows.size()))) {
            items.add(new StreamItem(
                    ((Number) row[0]).longValue(),
                    ActivityKind.valueOf((String) row[1]),
                    (String) row[2],
                    (String) row[3],
                    ((Number) row[4]).longValue(),
                    row[5] == null ? null : ((Number) row[5]).longValue(),
                    (String) row[6],
                    row[7] == null ? null : ((Number) row[7]).longValue(),
                    (String) row[8],
                    (String) row[9],
                    (String) row[10],
                    NativeValues.instant(row[11])));
        }
        return new StreamPage(
                items, rows.size() > size ? items.get(items.size() - 1).id() : null);
    }
}
