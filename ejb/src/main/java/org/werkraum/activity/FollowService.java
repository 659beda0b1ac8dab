package org.werkraum.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.werkraum.community.CommunityService;
import org.werkraum.community.CommunityType;
import org.werkraum.community.MembershipRole;
import org.werkraum.community.MembershipStatus;
import org.werkraum.community.Standings;
import org.werkraum.people.PeopleService;
import org.werkraum.people.PersonSummary;
import org.werkraum.security.AccessPolicy;
import org.werkraum.security.Caller;
import org.werkraum.security.Standing;
import org.werkraum.shared.AccessDeniedException;
import org.werkraum.shared.InvalidInputException;
import org.werkraum.shared.Tags;

/**
 * Following people, communities and tags: what they do comes into the follower's home stream ({@link ActivityStream}).
 * One follows what one sees (a person or community one may not see does not exist for one); following again, or
 * unfollowing what one does not follow, changes nothing. Members follow their communities from joining on.
 */
@ApplicationScoped
@Transactional
public class FollowService {

    public static final int MAX_TAG = 64;

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    AccessPolicy policy;

    @Inject
    PeopleService people;

    @Inject
    CommunityService communities;

    /**
     * @throws InvalidInputException
     *             when the caller names himself (his own activity is in his stream anyway)
     * @return the person's name
     */
    public String followPerson(Caller caller, String login) {
        mayFollow(caller);
        PersonSummary person = people.summary(caller, login);
        if (person.id() == caller.personId()) {
            throw new InvalidInputException(
                    "login", "error.follow.self", "one's own activity is in one's stream without following");
        }
        em.createNativeQuery(
                        "insert into follow_person (follower_id, person_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, caller.personId())
                .setParameter(2, person.id())
                .executeUpdate();
        return person.displayName();
    }

    /** @return the person's name */
    public String unfollowPerson(Caller caller, String login) {
        PersonSummary person = people.summary(caller, login);
        em.createNativeQuery("delete from follow_person where follower_id = ?1 and person_id = ?2")
                .setParameter(1, caller.personId())
                .setParameter(2, person.id())
                .executeUpdate();
        return person.displayName();
    }

    public boolean followsPerson(Caller caller, String login) {
        return exists(
                "select 1 from follow_person f join person p on p.id = f.person_id where f.follower_id = ?1"
                        + " and p.login = ?2",
                caller,
                login);
    }

    /** @return the community's name */
    public String followCommunity(Caller caller, long communityId) {
        mayFollow(caller);
        String name = communities.find(caller, communityId).name();
        startFollowing(caller.personId(), communityId);
        return name;
    }

    /** A new member follows his community (the community has just let him in: nothing else to ask). */
    public void startFollowing(long personId, long communityId) {
        em.createNativeQuery(
                        "insert into follow_community (follower_id, community_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, personId)
                .setParameter(2, communityId)
                .executeUpdate();
    }

    /** @return the community's name */
    public String unfollowCommunity(Caller caller, long communityId) {
        String name = communities.find(caller, communityId).name();
        em.createNativeQuery("delete from follow_community where follower_id = ?1 and community_id = ?2")
                .setParameter(1, caller.personId())
                .setParameter(2, communityId)
                .executeUpdate();
        return name;
    }

    public boolean followsCommunity(Caller caller, long communityId) {
        return exists(
                "select 1 from follow_community where follower_id = ?1 and community_id = ?2", caller, communityId);
    }

    /**
     * @throws InvalidInputException
     *             for a blank tag or one longer than {@link #MAX_TAG}
     * @return the tag as tags are spelled
     */
    public String followTag(Caller caller, String tag) {
        mayFollow(caller);
        String spelled = tag(tag);
        em.createNativeQuery("insert into follow_tag (follower_id, tag) values (?1, ?2) on conflict do nothing")
                .setParameter(1, caller.personId())
                .setParameter(2, spelled)
                .executeUpdate();
        return spelled;
    }

    /** @return the tag as tags are spelled */
    public String unfollowTag(Caller caller, String tag) {
        String spelled = tag(tag);
        em.createNativeQuery("delete from follow_tag where follower_id = ?1 and tag = ?2")
                .setParameter(1, caller.personId())
                .setParameter(2, spelled)
                .executeUpdate();
        return spelled;
    }

    public boolean followsTag(Caller caller, String tag) {
        return exists("select 1 from follow_tag where follower_id = ?1 and tag = ?2", caller, tag(tag));
    }

    /**
     * What the caller follows. People he may no longer see (deactivated since) and communities closed to him are left
     * out, though the follow stays.
     */
    public Following following(Caller caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> followedPeople = em.createNativeQuery("select p.id, p.login, p.display_name, p.title, u.name,"
                        + " p.location, p.active from follow_person f join person p on p.id = f.person_id"
                        + " left join org_unit u on u.id = p.org_unit_id where f.follower_id = ?1"
                        + " order by p.display_name, p.login")
                .setParameter(1, caller.personId())
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> followedCommunities = em.createNativeQuery("select c.id, c.name, c.type, m.status, m.role"
                        + " from follow_community f join community c on c.id = f.community_id"
                        + " left join community_membership m on m.community_id = c.id and m.person_id = ?1"
                        + " where f.follower_id = ?1 order by lower(c.name), c.id")
                .setParameter(1, caller.personId())
                .getResultList();
        @SuppressWarnings("unchecked")
        List<String> tags = em.createNativeQuery("select tag from follow_tag where follower_id = ?1 order by tag")
                .setParameter(1, caller.personId())
                .getResultList();
        return new Following(
                followedPeople.stream()
                        .filter(row -> policy.canSeePerson(caller, (Boolean) row[6]))
                        .map(row -> new PersonSummary(
                                ((Number) row[0]).longValue(),
                                (String) row[1],
                                (String) row[2],
                                (String) row[3],
                                (String) row[4],
                                (String) row[5]))
                        .toList(),
                followedCommunities.stream()
                        .filter(row -> policy.canSeeCommunity(
                                caller,
                                CommunityType.valueOf((String) row[2]),
                                row[3] == null
                                        ? Standing.NONE
                                        : Standings.standing(
                                                MembershipStatus.valueOf((String) row[3]),
                                                MembershipRole.valueOf((String) row[4]))))
                        .map(row -> new Following.FollowedCommunity(((Number) row[0]).longValue(), (String) row[1]))
                        .toList(),
                tags);
    }

    private void mayFollow(Caller caller) {
        if (!policy.canFollow(caller)) {
            throw new AccessDeniedException("error.follow.notAllowed", "following is for employees");
        }
    }

    private static String tag(String tag) {
        String normalized = tag == null ? "" : Tags.normalize(tag);
        if (normalized.isEmpty() || normalized.length() > MAX_TAG) {
            throw new InvalidInputException(
                    "tag", "error.follow.tag", "a tag has 1 to " + MAX_TAG + " characters", MAX_TAG);
        }
        return normalized;
    }

    private boolean exists(String sql, Caller caller, Object followed) {
        return !em.createNativeQuery(sql)
                .setParameter(1, caller.personId())
                .setParameter(2, followed)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
