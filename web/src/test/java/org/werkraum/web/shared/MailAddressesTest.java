package org.werkraum.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.werkraum.mail.MailLinks;
import org.werkraum.notification.SubjectType;

/** The addresses mails lead to are the pages' own: the domain writes them without the web module's routes. */
class MailAddressesTest {

    @Test
    void everyAddressInAMailIsAPageOfItsKind() {
        assertThat(routeOf(MailLinks.subject(SubjectType.POST, 42, null, 17L))).isEqualTo(Route.POST);
        assertThat(routeOf(MailLinks.subject(SubjectType.POST_COMMENT, 5, 42L, 9L)))
                .isEqualTo(Route.POST);
        assertThat(routeOf(MailLinks.subject(SubjectType.IDEA, 3, null, null))).isEqualTo(Route.IDEA);
        assertThat(routeOf(MailLinks.subject(SubjectType.PAGE, 8, null, null))).isEqualTo(Route.WIKI_PAGE);
        assertThat(routeOf(MailLinks.subject(SubjectType.COMMUNITY, 700, null, null)))
                .isEqualTo(Route.COMMUNITY);
        assertThat(routeOf(MailLinks.notifications())).isEqualTo(Route.NOTIFICATIONS);
        assertThat(routeOf(MailLinks.settings())).isEqualTo(Route.MAIL_SETTINGS);
        assertThat(routeOf(MailLinks.stop("u:1:MENTION.x"))).isEqualTo(Route.MAIL_STOP);
    }

    @Test
    void theyLeadToTheThingItself() {
        assertThat(MailLinks.subject(SubjectType.POST_COMMENT, 5, 42L, 9L)).endsWith("/werkraum/posts/42#comment-9");
        assertThat(MailLinks.subject(SubjectType.POST_COMMENT, 5, 42L, null)).endsWith("/werkraum/posts/42#comment-5");
        assertThat(MailLinks.subject(SubjectType.IDEA, 3, null, 4L)).endsWith("/werkraum/ideas/3#comment-4");
    }

    private static Route routeOf(String address) {
        String path = address.replaceFirst("^https?://[^/]+/werkraum", "").replaceFirst("[?#].*$", "");
        return Route.serving(path).map(Route.Match::route).orElse(null);
    }
}
