package org.werkraum.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes down what people do, in the transaction of the doing, and forgets it again when the thing is deleted or
 * becomes private. The services call it; nobody reads through it (that is {@link ActivityStream}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Activities {

    /**
     * Saves of one page by one person within this time are one activity, the last: a page written in ten saves is
     * not ten lines in the stream.
     */
    static final Duration EDITS_MERGED = Duration.ofHours(1);

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    public void record(Activity activity) {
        long id = ((Number) em.createNativeQuery("insert into activity (kind, actor_id, subject_id, parent_id,"
                                + " community_id, readers, title, excerpt) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                                + " returning id")
                        .setParameter(1, activity.kind().name())
                        .setParameter(2, activity.actorId())
                        .setParameter(3, activity.subjectId())
                        .setParameter(4, activity.parentId())
                        .setParameter(5, activity.communityId())
                        .setParameter(6, activity.principal())
                        .setParameter(7, activity.title())
                        .setParameter(8, activity.excerpt())
                        .getSingleResult())
                .longValue();
        for (String tag : activity.tags()) {
            em.createNativeQuery("insert into activity_tag (activity_id, tag) values (?1, ?2)")
                    .setParameter(1, id)
                    .setParameter(2, tag)
                    .executeUpdate();
        }
    }

    /**
     * Records a change of something changed often (a wiki page): the same person's activity on it within
     * {@link #EDITS_MERGED} gives way to this one, which takes the top of the stream.
     */
    public void recordChange(Activity activity) {
        em.createNativeQuery("delete from activity where kind = ?1 and subject_id = ?2 and actor_id = ?3"
                        + " and created_at > ?4")
                .setParameter(1, activity.kind().name())
                .setParameter(2, activity.subjectId())
                .setParameter(3, activity.actorId())
                .setParameter(4, Instant.now().minus(EDITS_MERGED))
                .executeUpdate();
        record(activity);
    }

    /** Whether something was written down already (a bookmark kept again is not news). */
    public boolean recorded(ActivityKind kind, long subjectId) {
        return !em.createNativeQuery("select 1 from activity where kind = ?1 and subject_id = ?2")
                .setParameter(1, kind.name())
                .setParameter(2, subjectId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Forgets what was done with something deleted or made private. */
    public void forget(ActivityKind kind, long subjectId) {
        em.createNativeQuery("delete from activity where kind = ?1 and subject_id = ?2")
                .setParameter(1, kind.name())
                .setParameter(2, subjectId)
                .executeUpdate();
    }

    /** Forgets what was done under something deleted: the comments on a post. */
    public void forgetUnder(ActivityKind kind, long parentId) {
        em.createNativeQuery("delete from activity where kind = ?1 and parent_id = ?2")
                .setParameter(1, kind.name())
                .setParameter(2, parentId)
                .executeUpdate();
    }
}
