package org.werkraum.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.werkraum.community.CommunityType;
import org.werkraum.people.Role;

/** The whole matrix: every role, every community type, every standing. */
class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    static Stream<Arguments> everyRoleTypeAndStanding() {
        return EnumSet.allOf(Role.class).stream()
                .flatMap(role -> EnumSet.allOf(CommunityType.class).stream()
                        .flatMap(type -> EnumSet.allOf(Standing.class).stream().map(s -> Arguments.of(role, type, s))));
    }

    private static Caller caller(Role role) {
        return new Caller(7, "someone", role == Role.EMPLOYEE ? Set.of(Role.EMPLOYEE) : Set.of(Role.EMPLOYEE, role));
    }

    @ParameterizedTest(name = "{0} {2} sees {1}?")
    @MethodSource("everyRoleTypeAndStanding")
    void restrictedCommunityIsVisibleOnlyToMembersAndInviteesWhateverTheRole(
            Role role, CommunityType type, Standing standing) {
        boolean expected = type != CommunityType.RESTRICTED || standing.isMember() || standing == Standing.INVITED;

        assertThat(policy.canSeeCommunity(caller(role), type, standing)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {2} sees content of {1}?")
    @MethodSource("everyRoleTypeAndStanding")
    void contentOfRestrictedCommunityNeedsActiveMembership(Role role, CommunityType type, Standing standing) {
        boolean expected = type != CommunityType.RESTRICTED || standing.isMember();

        assertThat(policy.canSeeCommunityContent(caller(role), type, standing)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {2} manages {1}?")
    @MethodSource("everyRoleTypeAndStanding")
    void ownersManageAndAdminsManageWhatTheyCanSee(Role role, CommunityType type, Standing standing) {
        boolean visible = type != CommunityType.RESTRICTED || standing.isMember() || standing == Standing.INVITED;
        boolean expected = standing == Standing.OWNER || (role == Role.ADMIN && visible);

        assertThat(policy.canManageCommunity(caller(role), type, standing)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {2} joins {1} directly?")
    @MethodSource("everyRoleTypeAndStanding")
    void onlyPublicCommunitiesAreJoinedAtOnce(Role role, CommunityType type, Standing standing) {
        boolean expected = type == CommunityType.PUBLIC && (standing == Standing.NONE || standing == Standing.INVITED);

        assertThat(policy.canJoinDirectly(caller(role), type, standing)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {2} asks to join {1}?")
    @MethodSource("everyRoleTypeAndStanding")
    void onlyModeratedCommunitiesTakeRequestsFromOutsiders(Role role, CommunityType type, Standing standing) {
        boolean expected = type == CommunityType.MODERATED && standing == Standing.NONE;

        assertThat(policy.canRequestMembership(caller(role), type, standing)).isEqualTo(expected);
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
}
