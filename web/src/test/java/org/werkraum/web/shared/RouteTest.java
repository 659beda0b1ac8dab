package org.werkraum.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void aProfileAddressShowsTheProfileViewWithTheLogin() {
        Route.Match match = Route.serving("/people/anna.schmidt").orElseThrow();
        assertThat(match.route()).isEqualTo(Route.PROFILE);
        assertThat(match.route().view()).isEqualTo("/WEB-INF/views/people/profile.xhtml");
        assertThat(match.parameters()).containsExactly(Map.entry("login", "anna.schmidt"));
    }

    @Test
    void fixedAddressesWinOverAddressesWithParameters() {
        assertThat(Route.serving("/communities/new").orElseThrow().route()).isEqualTo(Route.COMMUNITY_NEW);
        assertThat(Route.serving("/communities/42").orElseThrow().parameters()).containsExactly(Map.entry("id", "42"));
        assertThat(Route.serving("/people/anna.schmidt/edit").orElseThrow().route())
                .isEqualTo(Route.PROFILE_EDIT);
        assertThat(Route.serving("/people").orElseThrow().route()).isEqualTo(Route.PEOPLE);
        assertThat(Route.serving("/").orElseThrow().route()).isEqualTo(Route.HOME);
    }

    @Test
    void addressesOutsideTheTableAreNotRouted() {
        assertThat(Route.serving("/api/people")).isEmpty();
        assertThat(Route.serving("/people/anna.schmidt/edit/more")).isEmpty();
        assertThat(Route.serving("/jakarta.faces.resource/theme.css")).isEmpty();
    }

    @Test
    void linksToViewsAreWrittenInTheirCleanForm() {
        assertThat(Route.clean("/werkraum/WEB-INF/views/people/profile.xhtml?login=anna.schmidt", "/werkraum"))
                .isEqualTo("/werkraum/people/anna.schmidt");
        assertThat(Route.clean("/werkraum/WEB-INF/views/community/community.xhtml?id=42&faces-redirect=x", "/werkraum"))
                .isEqualTo("/werkraum/communities/42?faces-redirect=x");
        assertThat(Route.clean("/werkraum/WEB-INF/views/people/directory.xhtml?name=M%C3%BCller&page=2", "/werkraum"))
                .isEqualTo("/werkraum/people?name=M%C3%BCller&page=2");
        assertThat(Route.clean("/werkraum/WEB-INF/views/search/search.xhtml?q=a+b", "/werkraum"))
                .isEqualTo("/werkraum/search?q=a%20b");
        assertThat(Route.clean("/werkraum/WEB-INF/views/home/home.xhtml", "/werkraum"))
                .isEqualTo("/werkraum/");
    }

    @Test
    void aViewLinkingToItselfGetsTheAddressOfTheOtherPerson() {
        assertThat(Route.clean("/werkraum/people/anna.schmidt?login=ben.carter", "/werkraum"))
                .isEqualTo("/werkraum/people/ben.carter");
        assertThat(Route.clean("/werkraum/communities/3?id=4&page=1", "/werkraum"))
                .isEqualTo("/werkraum/communities/4?page=1");
        assertThat(Route.clean("/werkraum/communities/3?page=1", "/werkraum"))
                .isEqualTo("/werkraum/communities/3?page=1");
    }

    @Test
    void aViewAtTwoAddressesTakesTheOneItsParametersFill() {
        assertThat(Route.clean("/werkraum/WEB-INF/views/blog/edit.xhtml?id=42&faces-redirect=true", "/werkraum"))
                .isEqualTo("/werkraum/posts/42/edit?faces-redirect=true");
        assertThat(Route.clean("/werkraum/WEB-INF/views/blog/edit.xhtml", "/werkraum"))
                .isEqualTo("/werkraum/posts/new");
        assertThat(Route.clean("/werkraum/posts/new?id=42", "/werkraum"))
                .as("a new post, once saved, is edited at its own address")
                .isEqualTo("/werkraum/posts/42/edit");
        assertThat(Route.clean("/werkraum/posts/new", "/werkraum")).isEqualTo("/werkraum/posts/new");
        assertThat(Route.serving("/posts/new").orElseThrow().route()).isEqualTo(Route.POST_NEW);
        assertThat(Route.serving("/posts/drafts").orElseThrow().route()).isEqualTo(Route.DRAFTS);
        assertThat(Route.serving("/posts/42/edit").orElseThrow().parameters()).containsExactly(Map.entry("id", "42"));
        assertThat(Route.serving("/posts/42").orElseThrow().route()).isEqualTo(Route.POST);
        assertThat(Route.serving("/tags/r%C3%BCckblick").orElseThrow().parameters())
                .containsExactly(Map.entry("tag", "rückblick"));
    }

    @Test
    void aLinkLackingItsPathParameterStaysAsItIs() {
        assertThat(Route.clean("/werkraum/WEB-INF/views/people/profile.xhtml", "/werkraum"))
                .isEqualTo("/werkraum/WEB-INF/views/people/profile.xhtml");
        assertThat(Route.clean("https://elsewhere.example/people/profile.xhtml?login=x", "/werkraum"))
                .isEqualTo("https://elsewhere.example/people/profile.xhtml?login=x");
    }

    @Test
    void viewsOfTheFirstReleaseLeadToTheirNewAddresses() {
        assertThat(Route.addressOf(Route.ofView("/community.xhtml"), Map.of("id", List.of("7"))))
                .contains("/communities/7");
        assertThat(Route.addressOf(Route.ofView("/people.xhtml"), Map.of("unit", List.of("3"))))
                .contains("/people?unit=3");
        assertThat(Route.isFormerView("/profile.xhtml")).isTrue();
        assertThat(Route.isFormerView("/WEB-INF/views/people/profile.xhtml")).isFalse();
    }

    @Test
    void pathParametersAreEncodedAndDecoded() {
        assertThat(Route.clean("/w/WEB-INF/views/people/profile.xhtml?login=a%2Fb", "/w"))
                .isEqualTo("/w/people/a%2Fb");
        assertThat(Route.serving("/people/a%2Fb").orElseThrow().parameters()).containsEntry("login", "a/b");
    }

    @Test
    void addressesForLinksFillThePathAndEncodeTheRest() {
        assertThat(Route.PROFILE.address("login", "anna.schmidt")).hasValue("/people/anna.schmidt");
        assertThat(Route.COMMUNITIES.address("tag", "Soziale Medien & Co"))
                .hasValue("/communities?tag=Soziale%20Medien%20%26%20Co");
        assertThat(Route.PEOPLE.address("unit", "7", "page", null))
                .as("no value, no parameter")
                .hasValue("/people?unit=7");
        assertThat(Route.PROFILE.address("login", "a/b")).hasValue("/people/a%2Fb");
        assertThat(Route.PROFILE.address("login", null))
                .as("the address needs its login")
                .isEmpty();
        assertThatThrownBy(() -> Route.PROFILE.address("login")).isInstanceOf(IllegalArgumentException.class);
    }
}
