package org.werkraum.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.werkraum.community.CommunityType;
import org.werkraum.people.Role;

/** The whole matrix, as explicit answers: every role, every community type, every standing. */
class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    private static Caller caller(Role role) {
        return new Caller(7, "someone", role == Role.EMPLOYEE ? Set.of(Role.EMPLOYEE) : Set.of(Role.EMPLOYEE, role));
    }

    /**
     * The community rules as a table of answers, one row per type and standing; every role but admin gets the same
     * answers, admins differ only in "manage". Read a row as: someone with this standing in a community of this type
     * sees it, sees its content, joins it at once, may ask to join, manages it (as employee, as admin), writes in it (its
     * blog, for instance).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            # type     | standing  | sees | content | joins | asks | manages | admin manages | writes
            PUBLIC     | NONE      | yes  | yes     | yes   | no   | no      | yes          | no
            PUBLIC     | REQUESTED | yes  | yes     | no    | no   | no      | yes          | no
            PUBLIC     | INVITED   | yes  | yes     | yes   | no   | no      | yes          | no
            PUBLIC     | MEMBER    | yes  | yes     | no    | no   | no      | yes          | yes
            PUBLIC     | OWNER     | yes  | yes     | no    | no   | yes     | yes          | yes
            MODERATED  | NONE      | yes  | yes     | no    | yes  | no      | yes          | no
            MODERATED  | REQUESTED | yes  | yes     | no    | no   | no      | yes          | no
            MODERATED  | INVITED   | yes  | yes     | no    | no   | no      | yes          | no
            MODERATED  | MEMBER    | yes  | yes     | no    | no   | no      | yes          | yes
            MODERATED  | OWNER     | yes  | yes     | no    | no   | yes     | yes          | yes
            RESTRICTED | NONE      | no   | no      | no    | no   | no      | no           | no
            RESTRICTED | REQUESTED | no   | no      | no    | no   | no      | no           | no
            RESTRICTED | INVITED   | yes  | no      | no    | no   | no      | no           | no
            RESTRICTED | MEMBER    | yes  | yes     | no    | no   | no      | yes          | yes
            RESTRICTED | OWNER     | yes  | yes     | no    | no   | yes     | yes          | yes
            """)
    void communityRulesForEveryRole(
            CommunityType type,
            Standing standing,
            String sees,
            String content,
            String joins,
            String asks,
            String manages,
            String adminManages,
            String writes) {
        for (Role role : Role.values()) {
            Caller caller = caller(role);
            String as = role + " " + standing + " in " + type;
            assertThat(policy.canSeeCommunity(caller, type, standing))
                    .as(as + " sees")
                    .isEqualTo(yes(sees));
            assertThat(policy.canSeeCommunityContent(caller, type, standing))
                    .as(as + " sees content")
                    .isEqualTo(yes(content));
            assertThat(policy.canJoinDirectly(caller, type, standing))
                    .as(as + " joins")
                    .isEqualTo(yes(joins));
            assertThat(policy.canRequestMembership(caller, type, standing))
                    .as(as + " asks to join")
                    .isEqualTo(yes(asks));
            assertThat(policy.canManageCommunity(caller, type, standing))
                    .as(as + " manages")
                    .isEqualTo(yes(role == Role.ADMIN ? adminManages : manages));
            assertThat(policy.canContribute(caller, type, standing))
                    .as(as + " writes in it")
                    .isEqualTo(yes(writes));
        }
    }

    /**
     * Content of any kind, as a table: with this visibility (in a community of this type, where the caller has this
     * standing), does someone else read it, does its owner edit it, does an employee, a moderator, an admin moderate
     * it, and who finds it in search. The owner is person 1, the caller person 7, the community 5.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            # visibility | community  | standing  | reads | owner edits | employee mod. | moderator mod. | admin manages | writes
            PUBLIC       | NONE       | NONE      | yes   | yes         | no            | yes            | yes          | all
            PRIVATE      | NONE       | NONE      | no    | yes         | no            | no             | no           | user:1
            COMMUNITY    | PUBLIC     | NONE      | yes   | yes         | no            | yes            | yes          | all
            COMMUNITY    | PUBLIC     | MEMBER    | yes   | yes         | no            | yes            | yes          | all
            COMMUNITY    | PUBLIC     | OWNER     | yes   | yes         | yes           | yes            | yes          | all
            COMMUNITY    | MODERATED  | NONE      | yes   | yes         | no            | yes            | yes          | all
            COMMUNITY    | MODERATED  | REQUESTED | yes   | yes         | no            | yes            | yes          | all
            COMMUNITY    | MODERATED  | OWNER     | yes   | yes         | yes           | yes            | yes          | all
            COMMUNITY    | RESTRICTED | NONE      | no    | no          | no            | no             | no           | community:5
            COMMUNITY    | RESTRICTED | REQUESTED | no    | no          | no            | no             | no           | community:5
            COMMUNITY    | RESTRICTED | INVITED   | no    | no          | no            | no             | no           | community:5
            COMMUNITY    | RESTRICTED | MEMBER    | yes   | yes         | no            | yes            | yes          | community:5
            COMMUNITY    | RESTRICTED | OWNER     | yes   | yes         | yes           | yes            | yes          | community:5
            """)
    void contentRulesForEveryVisibility(
            Visibility visibility,
            String community,
            Standing standing,
            String reads,
            String ownerEdits,
            String employeeModerates,
            String moderatorModerates,
            String adminModerates,
            String readers) {
        ContentItem item = visibility == Visibility.COMMUNITY
                ? ContentItem.inCommunity(1, 5, CommunityType.valueOf(community))
                : new ContentItem(visibility, 1, null, null);
        Caller owner = new Caller(1, "owner", Set.of(Role.EMPLOYEE));
        Caller employee = caller(Role.EMPLOYEE);

        assertThat(policy.canRead(employee, item, standing))
                .as("someone else reads")
                .isEqualTo(yes(reads));
        assertThat(policy.canEdit(employee, item, standing))
                .as("someone else edits")
                .isFalse();
        assertThat(policy.canEdit(owner, item, standing)).as("the owner edits").isEqualTo(yes(ownerEdits));
        assertThat(policy.canModerate(employee, item, standing))
                .as("an employee moderates")
                .isEqualTo(yes(employeeModerates));
        assertThat(policy.canModerate(caller(Role.MODERATOR), item, standing))
                .as("a moderator moderates")
                .isEqualTo(yes(moderatorModerates));
        assertThat(policy.canModerate(caller(Role.ADMIN), item, standing))
                .as("an admin moderates")
                .isEqualTo(yes(adminModerates));
        assertThat(policy.canDelete(caller(Role.MODERATOR), item, standing))
                .as("a moderator deletes what he moderates")
                .isEqualTo(yes(moderatorModerates));
        assertThat(policy.canDelete(owner, item, standing))
                .as("the owner deletes")
                .isEqualTo(yes(ownerEdits));
        assertThat(policy.readersOf(item)).containsExactly(readers);
    }

    @Test
    void theOwnerReadsHisPrivateContentAndNobodyElseDoesWhateverTheRole() {
        ContentItem draft = ContentItem.privateItem(7);
        for (Role role : Role.values()) {
            assertThat(policy.canRead(caller(role), draft, Standing.NONE))
                    .as(role + " owner")
                    .isTrue();
            assertThat(policy.canRead(
                            new Caller(8, "other", java.util.EnumSet.of(Role.EMPLOYEE, role)), draft, Standing.NONE))
                    .as(role + " other")
                    .isFalse();
        }
    }

    private static boolean yes(String answer) {
        return switch (answer) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(answer);
        };
    }

    /**
     * The rules of a wiki of its own, one row per kind of wiki and the role the caller was named in it; every role in
     * the company gets the same answers but admins, who differ only in "manages" (of what they read). Read a row as:
     * someone named so in a wiki open to all employees (or not) reads it, edits its pages, manages it.
     */
    @ParameterizedTest(name = "open {0}, {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            # open | role   | reads | edits | manages | admin manages
            yes    | NONE   | yes   | no    | no      | yes
            yes    | READER | yes   | no    | no      | yes
            yes    | EDITOR | yes   | yes   | no      | yes
            yes    | OWNER  | yes   | yes   | yes     | yes
            no     | NONE   | no    | no    | no      | no
            no     | READER | yes   | no    | no      | yes
            no     | EDITOR | yes   | yes   | no      | yes
            no     | OWNER  | yes   | yes   | yes     | yes
            """)
    void wikiRulesForEveryRole(
            String open, WikiRole named, String reads, String edits, String manages, String adminManages) {
        boolean openToAll = yes(open);
        for (Role role : Role.values()) {
            Caller caller = caller(role);
            String as = role + " named " + named + " in a wiki open " + open;
            assertThat(policy.canReadWiki(caller, openToAll, named))
                    .as(as + ": reads")
                    .isEqualTo(yes(reads));
            assertThat(policy.canEditWiki(caller, openToAll, named))
                    .as(as + ": edits")
                    .isEqualTo(yes(edits));
            assertThat(policy.canManageWiki(caller, openToAll, named))
                    .as(as + ": manages")
                    .isEqualTo(role == Role.ADMIN ? yes(adminManages) : yes(manages));
            assertThat(policy.canCreateWiki(caller))
                    .as(role + " creates a wiki")
                    .isTrue();
        }
    }

    @Test
    void aClosedWikiIsFoundByThePeopleNamedInItOnly() {
        assertThat(policy.readersOfWiki(9, false)).containsExactly("wiki:9");
        assertThat(policy.readersOfWiki(9, true)).containsExactly("all");
        assertThat(policy.principalsOf(caller(Role.EMPLOYEE), List.of(3L), List.of(9L)))
                .containsExactly("all", "user:7", "community:3", "wiki:9");
    }

    @Test
    void restrictedCommunityIsReadByItsMembersPrincipalOnly() {
        assertThat(policy.readersOfCommunity(12, CommunityType.RESTRICTED)).containsExactly("community:12");
        assertThat(policy.readersOfCommunity(12, CommunityType.MODERATED)).containsExactly("all");
        assertThat(policy.readersOfCommunity(12, CommunityType.PUBLIC)).containsExactly("all");
    }

    @Test
    void searcherHoldsEveryonesHisOwnAndHisCommunitiesPrincipals() {
        assertThat(policy.principalsOf(caller(Role.EMPLOYEE), List.of(3L, 5L)))
                .containsExactly("all", "user:7", "community:3", "community:5");
    }

    @Test
    void bookmarksAreEveryonesButPrivateOnesAreTheirOwnersAloneAndOnlyOwnersChangeThem() {
        for (Role role : Role.values()) {
            // bookmarks are content items: public, private, or in a community
            assertThat(policy.canRead(caller(role), ContentItem.publicItem(8), Standing.NONE))
                    .as(role.name())
                    .isTrue();
            assertThat(policy.canRead(caller(role), ContentItem.privateItem(8), Standing.NONE))
                    .as(role.name())
                    .isFalse();
            assertThat(policy.canRead(caller(role), ContentItem.privateItem(7), Standing.NONE))
                    .as(role.name())
                    .isTrue();
            assertThat(policy.canRead(
                            caller(role), ContentItem.inCommunity(8, 3, CommunityType.RESTRICTED), Standing.NONE))
                    .as(role.name())
                    .isFalse();
            assertThat(policy.canRead(
                            caller(role), ContentItem.inCommunity(8, 3, CommunityType.RESTRICTED), Standing.MEMBER))
                    .as(role.name())
                    .isTrue();
            assertThat(policy.canChangeBookmark(caller(role), 7))
                    .as(role.name())
                    .isTrue();
            assertThat(policy.canChangeBookmark(caller(role), 8))
                    .as(role.name())
                    .isFalse();
        }
    }

    @Test
    void profilesAreEditedByTheirOwnerOrAnAdmin() {
        assertThat(policy.canEditProfile(caller(Role.EMPLOYEE), 7)).isTrue();
        assertThat(policy.canEditProfile(caller(Role.EMPLOYEE), 8)).isFalse();
        assertThat(policy.canEditProfile(caller(Role.MODERATOR), 8)).isFalse();
        assertThat(policy.canEditProfile(caller(Role.ADMIN), 8)).isTrue();
    }

    @Test
    void onlyAdminsImportTheDirectory() {
        for (Role role : Role.values()) {
            assertThat(policy.canImportDirectory(caller(role))).as(role.name()).isEqualTo(role == Role.ADMIN);
        }
    }

    @Test
    void employeesFollowAndSomeoneWithoutAnyRoleDoesNot() {
        for (Role role : Role.values()) {
            assertThat(policy.canFollow(caller(role))).as(role.name()).isTrue();
        }
        assertThat(policy.canFollow(new Caller(8, "guest", Set.of()))).isFalse();
    }

    @Test
    void deactivatedPeopleAreSeenByAdminsOnly() {
        for (Role role : Role.values()) {
            assertThat(policy.canSeePerson(caller(role), true))
                    .as(role + " active")
                    .isTrue();
            assertThat(policy.canSeePerson(caller(role), false))
                    .as(role + " inactive")
                    .isEqualTo(role == Role.ADMIN);
        }
    }

    @Test
    void onlyAdminsHandOutPasswordLinks() {
        for (Role role : Role.values()) {
            assertThat(policy.canResetPasswords(caller(role))).as(role.name()).isEqualTo(role == Role.ADMIN);
        }
    }
}
