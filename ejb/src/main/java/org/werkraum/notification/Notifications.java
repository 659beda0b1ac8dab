package org.werkraum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.werkraum.mail.NotificationMails;
import org.werkraum.markdown.Mentions;
import org.werkraum.search.Principals;
import org.werkraum.searching.ReaderPrincipals;
import org.werkraum.security.Caller;

/**
 * Writes notifications in the transaction of the doing, and forgets them again when their subject is deleted or the
 * doing undone (a like taken back). Nobody is told of his own doing, nobody who has left, and nobody of something he
 * may not read: a mention in a restricted community reaches its members only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    /** A text that names more people than this notifies the first this many: a mention is not a mailing list. */
    static final int MENTIONS_NOTIFIED = 50;

    private static final int TITLE = 500;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    ReaderPrincipals principals;

    @Inject
    NotificationMails mails;

    /** Tells each of the people of the event, as far as he may read its subject; returns those told. */
    public Set<Long> send(Notice notice, Collection<Long> recipientIds) {
        Set<Long> told = new LinkedHashSet<>();
        for (long recipient : new LinkedHashSet<>(recipientIds)) {
            if (recipient != notice.actorId() && mayRead(recipient, notice.readers()) && insert(notice, recipient)) {
                told.add(recipient);
                mails.told(notice, recipient);
            }
        }
        return told;
    }

    /**
     * Tells the people a text mentions that the text now mentions and did not before (an edit that keeps a mention
     * tells nobody again); returns those told.
     *
     * @param notice
     *            the event, of kind {@link NotificationKind#MENTION}
     * @param before
     *            the text before the change; null for a new text
     */
    public Set<Long> mentioned(Notice notice, String before, String after) {
        Set<String> logins = Mentions.logins(after);
        logins.removeAll(Mentions.logins(before));
        if (logins.isEmpty()) {
            return Set.of();
        }
        List<String> named = new ArrayList<>(logins).subList(0, Math.min(logins.size(), MENTIONS_NOTIFIED));
        List<?> ids = em.createNativeQuery("select id from person where login = any(?1) and active")
                .setParameter(1, named.toArray(String[]::new))
                .getResultList();
        return send(notice, ids.stream().map(id -> ((Number) id).longValue()).toList());
    }

    /** Takes back what someone's doing told (a like withdrawn). */
    public void withdraw(NotificationKind kind, SubjectType subjectType, long subjectId, long actorId) {
        em.createNativeQuery("delete from notification where kind = ?1 and subject_type = ?2 and subject_id = ?3"
                        + " and actor_id = ?4")
                .setParameter(1, kind.name())
                .setParameter(2, subjectType.name())
                .setParameter(3, subjectId)
                .setParameter(4, actorId)
                .executeUpdate();
    }

    /** Marks what someone's doing told as done for everyone told (a request to join answered by one owner). */
    public void settle(NotificationKind kind, SubjectType subjectType, long subjectId, long actorId) {
        em.createNativeQuery("update notification set read_at = now() where kind = ?1 and subject_type = ?2"
                        + " and subject_id = ?3 and actor_id = ?4 and read_at is null")
                .setParameter(1, kind.name())
                .setParameter(2, subjectType.name())
                .setParameter(3, subjectId)
                .setParameter(4, actorId)
                .executeUpdate();
    }

    /** Marks what someone was told about something as seen, once he answered it (an invitation accepted). */
    public void seen(Caller caller, NotificationKind kind, SubjectType subjectType, long subjectId) {
        em.createNativeQuery("update notification set read_at = now() where recipient_id = ?1 and kind = ?2"
                        + " and subject_type = ?3 and subject_id = ?4 and read_at is null")
                .setParameter(1, caller.personId())
                .setParameter(2, kind.name())
                .setParameter(3, subjectType.name())
                .setParameter(4, subjectId)
                .executeUpdate();
    }

    /** Forgets every notification about something deleted; a post's take its comments' with them. */
    public void forget(SubjectType subjectType, long subjectId) {
        em.createNativeQuery("delete from notification where subject_type = ?1 and subject_id = ?2")
                .setParameter(1, subjectType.name())
                .setParameter(2, subjectId)
                .executeUpdate();
        if (subjectType == SubjectType.POST) {
            em.createNativeQuery("delete from notification where subject_type = 'POST_COMMENT' and parent_id = ?1")
                    .setParameter(1, subjectId)
                    .executeUpdate();
        }
    }

    /** Forgets what a removed comment told: of a post's ({@link SubjectType#POST}) or an idea's. */
    public void forgetComment(SubjectType commentedOn, long commentId) {
        if (commentedOn == SubjectType.POST) {
            em.createNativeQuery("delete from notification where subject_type in ('POST', 'POST_COMMENT')"
                            + " and anchor_id = ?1 or subject_type = 'POST_COMMENT' and subject_id = ?1")
                    .setParameter(1, commentId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("delete from notification where subject_type = ?1 and anchor_id = ?2")
                    .setParameter(1, commentedOn.name())
                    .setParameter(2, commentId)
                    .executeUpdate();
        }
    }

    private boolean mayRead(long recipientId, String readers) {
        return readers.equals(Principals.EVERYONE)
                || readers.equals(Principals.user(recipientId))
                || principals.of(recipientId).contains(readers);
    }

    private boolean insert(Notice notice, long recipientId) {
        String title = notice.title().length() > TITLE ? notice.title().substring(0, TITLE) : notice.title();
        return em.createNativeQuery("insert into notification (recipient_id, kind, actor_id, subject_type, subject_id,"
                                + " parent_id, anchor_id, community_id, readers, title, excerpt)"
                                + " select id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11 from person"
                                + " where id = ?1 and active")
                        .setParameter(1, recipientId)
                        .setParameter(2, notice.kind().name())
                        .setParameter(3, notice.actorId())
                        .setParameter(4, notice.subjectType().name())
                        .setParameter(5, notice.subjectId())
                        .setParameter(6, notice.parentId())
                        .setParameter(7, notice.anchorId())
                        .setParameter(8, notice.communityId())
                        .setParameter(9, notice.readers())
                        .setParameter(10, title)
                        .setParameter(11, notice.excerpt())
                        .executeUpdate()
                > 0;
    }
}
