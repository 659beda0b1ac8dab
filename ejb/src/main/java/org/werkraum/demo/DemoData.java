package org.werkraum.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.werkraum.community.CommunityDetail;
import org.werkraum.community.CommunityDraft;
import org.werkraum.community.CommunityService;
import org.werkraum.community.CommunityType;
import org.werkraum.community.MembershipService;
import org.werkraum.people.DirectoryImport;
import org.werkraum.people.PeopleService;
import org.werkraum.people.Role;
import org.werkraum.security.Caller;
import org.werkraum.signin.PasswordService;

/** Fills an empty database with the demo company when the run command asks for it. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    /** The shared password of every demo login. */
    public static final String PASSWORD = "werkraum-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "werkraum")
    EntityManager em;

    @Inject
    DirectoryImport directory;

    @Inject
    PeopleService people;

    @Inject
    PasswordService passwords;

    @Inject
    CommunityService communities;

    @Inject
    MembershipService memberships;

    @PostConstruct
    void loadIfWanted() {
        if (!Boolean.getBoolean("werkraum.demo-data")) {
            return;
        }
        if (em.createQuery("select count(p) from Person p", Long.class).getSingleResult() > 0) {
            LOG.info("Demo data not loaded: the database has people already");
            return;
        }
        Caller system = new Caller(0, "demo-loader", Set.of(Role.ADMIN));
        try (Reader csv = new InputStreamReader(
                DemoData.class.getResourceAsStream("demo-directory.csv"), StandardCharsets.UTF_8)) {
            directory.importCsv(system, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        em.createQuery("select p.id from Person p", Long.class)
                .getResultList()
                .forEach(id -> passwords.set(system, id, PASSWORD));

        community(
                "sofia.rossi",
                "Social Media Guidelines",
                CommunityType.PUBLIC,
                "How we write in public and on the intranet: the guidelines, questions to the coaches, good examples.",
                Set.of("guidelines", "social-media"),
                List.of("olivia.king", "tom.becker", "anna.schmidt"),
                List.of(),
                List.of());
        community(
                "lena.vogel",
                "Berlin Office",
                CommunityType.PUBLIC,
                "Everything about our Berlin office: events, desk booking, the canteen menu.",
                Set.of("berlin"),
                List.of("jonas.meyer", "emma.fischer", "ben.carter", "elif.yilmaz"),
                List.of(),
                List.of());
        community(
                "jonas.meyer",
                "Search Guild",
                CommunityType.PUBLIC,
                "Elasticsearch, Lucene and relevance: for everyone who builds or tunes search.",
                Set.of("search", "elasticsearch"),
                List.of("emma.fischer", "elif.yilmaz"),
                List.of(),
                List.of());
        community(
                "felix.wagner",
                "Produktideen",
                CommunityType.MODERATED,
                "Ideen für unsere Produkte sammeln, diskutieren und bewerten. Beitritt auf Anfrage.",
                Set.of("ideation", "product"),
                List.of("mia.schulz"),
                List.of("emma.fischer"),
                List.of());
        community(
                "anna.schmidt",
                "Leadership Circle",
                CommunityType.RESTRICTED,
                "The executive team's room for strategy drafts before they go out as leadership updates.",
                Set.of("leadership"),
                List.of("ben.carter", "claudia.weber", "david.okafor"),
                List.of(),
                List.of());
        community(
                "ben.carter",
                "Project Falcon",
                CommunityType.RESTRICTED,
                "Confidential: evaluation of a new search platform. Members only.",
                Set.of("confidential"),
                List.of("elif.yilmaz", "jonas.meyer"),
                List.of(),
                List.of("emma.fischer"));
        LOG.info("Demo data loaded: 60 people, 6 communities; password of every demo login: " + PASSWORD);
    }

    private void community(
            String owner,
            String name,
            CommunityType type,
            String description,
            Set<String> tags,
            List<String> members,
            List<String> requests,
            List<String> invitations) {
        Caller ownerCaller = caller(owner);
        CommunityDetail community =
                communities.create(ownerCaller, new CommunityDraft(name, description, type, null, tags));
        for (String member : members) {
            long personId = caller(member).personId();
            memberships.invite(ownerCaller, community.id(), personId);
            memberships.acceptInvitation(caller(member), community.id());
        }
        for (String requester : requests) {
            memberships.join(caller(requester), community.id());
        }
        for (String invitee : invitations) {
            memberships.invite(ownerCaller, community.id(), caller(invitee).personId());
        }
    }

    private Caller caller(String login) {
        return people.caller(login).orElseThrow(() -> new IllegalStateException("demo person missing: " + login));
    }
}
