package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.werkraum.it.ActivityStreamIT.community;
import static org.werkraum.it.ActivityStreamIT.publish;
import static org.werkraum.it.ActivityStreamIT.save;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications through the API: mentions, comments, replies and likes reach whom they concern, once and grouped
 * ("Sofia and 1 other"); an edit that keeps a mention tells nobody again; a like taken back and a comment removed are
 * taken back; nothing about a restricted community reaches those outside it; requests, invitations and watched wiki
 * pages; marking read empties the bell.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void mentionsCommentsRepliesAndLikesReachWhomTheyConcernGrouped() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Api anna = Api.as("anna.schmidt");
        Api ben = Api.as("ben.carter");
        Api sofia = Api.as("sofia.rossi");
        Api tom = Api.as("tom.becker");

        long post = publish(anna, "Frage " + word, "Was meint @ben.carter? Und @nobody.at.all?", null);
        JsonNode mention = line(ben, "MENTION", "POST", post);
        assertThat(mention).as("ben is told he was mentioned").isNotNull();
        assertThat(mention.get("actorLogin").asText()).isEqualTo("anna.schmidt");
        assertThat(mention.get("title").asText()).isEqualTo("Frage " + word);
        assertThat(mention.get("excerpt").asText()).isEqualTo("Was meint @ben.carter? Und @nobody.at.all?");
        assertThat(mention.get("unread").asBoolean()).isTrue();
        assertThat(ben.get("/api/posts/" + post).json().get("html").asText())
                .contains("<a href=\"/werkraum/people/ben.carter\" class=\"wr-mention\">&#64;ben.carter</a>");

        // an edit that keeps ben's mention and adds sofia's tells sofia alone
        long version = anna.get("/api/posts/" + post).json().get("version").asLong();
        Map<String, Object> change = new HashMap<>();
        change.put("title", "Frage " + word);
        change.put("markdown", "Was meinen @ben.carter und @sofia.rossi?");
        change.put("tags", List.of());
        change.put("version", version);
        Api.Reply edited = anna.put("/api/posts/" + post, change);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(lines(ben, "MENTION", "POST", post)).as("once for ben").hasSize(1);
        assertThat(line(ben, "MENTION", "POST", post).get("others").asLong()).isZero();
        assertThat(line(sofia, "MENTION", "POST", post)).isNotNull();

        // a comment tells the author; a reply tells the comment's author and the post's, grouped with the comment
        long comment = ben.post("/api/posts/" + post + "/comments", Map.of("markdown", "Gute Frage " + word))
                .json()
                .get("id")
                .asLong();
        JsonNode commented = line(anna, "COMMENT", "POST", post);
        assertThat(commented.get("actorLogin").asText()).isEqualTo("ben.carter");
        assertThat(commented.get("anchorId").asLong()).isEqualTo(comment);
        assertThat(commented.get("excerpt").asText()).isEqualTo("Gute Frage " + word);
        long reply = sofia.post(
                        "/api/posts/" + post + "/comments", Map.of("markdown", "Finde ich auch", "parentId", comment))
                .json()
                .get("id")
                .asLong();
        JsonNode replied = line(ben, "REPLY", "POST_COMMENT", comment);
        assertThat(replied.get("actorLogin").asText()).isEqualTo("sofia.rossi");
        assertThat(replied.get("parentId").asLong()).isEqualTo(post);
        assertThat(replied.get("anchorId").asLong()).isEqualTo(reply);
        JsonNode twoComments = line(anna, "COMMENT", "POST", post);
        assertThat(twoComments.get("actorLogin").asText())
                .as("the newest named")
                .isEqualTo("sofia.rossi");
        assertThat(twoComments.get("others").asLong()).as("Sofia and one other").isEqualTo(1);
        assertThat(line(sofia, "COMMENT", "POST", post))
                .as("nobody is told of his own doing")
                .isNull();

        // likes: three, one taken back
        for (Api liker : List.of(ben, sofia, tom)) {
            assertThat(liker.send("PUT", "/api/posts/" + post + "/like", null, null)
                            .status())
                    .isEqualTo(200);
        }
        ben.send("PUT", "/api/posts/" + post + "/like", null, null);
        JsonNode liked = line(anna, "LIKE", "POST", post);
        assertThat(liked.get("actorLogin").asText()).isEqualTo("tom.becker");
        assertThat(liked.get("others").asLong())
                .as("liking twice is liking once")
                .isEqualTo(2);
        tom.delete("/api/posts/" + post + "/like");
        liked = line(anna, "LIKE", "POST", post);
        assertThat(liked.get("actorLogin").asText()).isEqualTo("sofia.rossi");
        assertThat(liked.get("others").asLong()).isEqualTo(1);
        ben.send("PUT", "/api/comments/" + reply + "/like", null, null);
        assertThat(line(sofia, "LIKE", "POST_COMMENT", reply).get("actorLogin").asText())
                .isEqualTo("ben.carter");

        // a removed comment is no news any more
        assertThat(ben.delete("/api/comments/" + comment).status()).isEqualTo(204);
        JsonNode afterRemoval = line(anna, "COMMENT", "POST", post);
        assertThat(afterRemoval.get("actorLogin").asText()).isEqualTo("sofia.rossi");
        assertThat(afterRemoval.get("others").asLong()).isZero();

        // marking read empties the bell of everything but unread leadership updates
        JsonNode before = anna.get("/api/notifications").json();
        assertThat(before.get("unread").asInt()).isPositive();
        assertThat(anna.post("/api/notifications/read", "").status()).isEqualTo(204);
        JsonNode after = anna.get("/api/notifications").json();
        int updates = 0;
        for (JsonNode line : after.get("items")) {
            if (line.get("kind").asText().equals("LEADERSHIP_UPDATE")) {
                updates++;
            } else {
                assertThat(line.get("unread").asBoolean()).as(line.toString()).isFalse();
            }
        }
        assertThat(after.get("unread").asInt()).isEqualTo(updates);
        tom.send("PUT", "/api/posts/" + post + "/like", null, null);
        assertThat(anna.get("/api/notifications").json().get("unread").asInt())
                .as("a new like after reading is news again")
                .isEqualTo(updates + 1);

        // a deleted post takes its notifications with it
        assertThat(anna.delete("/api/posts/" + post).status()).isEqualTo(204);
        assertThat(line(ben, "MENTION", "POST", post)).isNull();
        assertThat(line(ben, "REPLY", "POST_COMMENT", comment)).isNull();
        assertThat(line(sofia, "LIKE", "POST_COMMENT", reply)).isNull();
    }

    @Test
    void restrictedCommunitiesRequestsInvitationsAndWatchedPages() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        Api anna = Api.as("anna.schmidt");
        Api clara = Api.as("clara.costa");
        Api lena = Api.as("lena.vogel");
        Api sofia = Api.as("sofia.rossi");
        Api emma = Api.as("emma.fischer");

        // a mention in a restricted community reaches nobody outside it, not even as a count
        long restricted = community(anna, "Kammer " + word, "RESTRICTED");
        int claraBefore = clara.get("/api/notifications").json().get("unread").asInt();
        long secret = publish(anna, "Geheim " + word, "Bitte @clara.costa nicht fragen", restricted);
        JsonNode claras = clara.get("/api/notifications").json();
        assertThat(claras.toString()).doesNotContain("Geheim " + word);
        assertThat(claras.get("unread").asInt()).isEqualTo(claraBefore);
        assertThat(line(clara, "MENTION", "POST", secret)).isNull();

        // an invitation into it does reach her, with the community's name; accepting it makes it read
        long claraId = clara.get("/api/people/me").json().get("id").asLong();
        assertThat(anna.post("/api/communities/" + restricted + "/invitations", Map.of("personId", claraId))
                        .status())
                .isEqualTo(204);
        JsonNode invitation = line(clara, "INVITATION", "COMMUNITY", restricted);
        assertThat(invitation.get("title").asText()).isEqualTo("Kammer " + word);
        assertThat(invitation.get("actorLogin").asText()).isEqualTo("anna.schmidt");
        assertThat(invitation.get("unread").asBoolean()).isTrue();
        assertThat(clara.post("/api/communities/" + restricted + "/invitation/accept", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(line(clara, "INVITATION", "COMMUNITY", restricted)
                        .get("unread")
                        .asBoolean())
                .isFalse();
        assertThat(line(clara, "MENTION", "POST", secret))
                .as("an earlier mention is not sent after joining: it was never written")
                .isNull();

        // a request to join a moderated community tells its owners; answering it settles it
        long moderated = community(sofia, "Runde " + word, "MODERATED");
        assertThat(lena.post("/api/communities/" + moderated + "/join", "").status())
                .isEqualTo(200);
        JsonNode request = line(sofia, "MEMBERSHIP_REQUEST", "COMMUNITY", moderated);
        assertThat(request.get("actorLogin").asText()).isEqualTo("lena.vogel");
        assertThat(request.get("unread").asBoolean()).isTrue();
        long lenaId = lena.get("/api/people/me").json().get("id").asLong();
        assertThat(sofia.post("/api/communities/" + moderated + "/requests/" + lenaId + "/accept", "")
                        .status())
                .isEqualTo(204);
        assertThat(line(sofia, "MEMBERSHIP_REQUEST", "COMMUNITY", moderated)
                        .get("unread")
                        .asBoolean())
                .isFalse();

        // a watched page's changes; a minor one is no news; a mention on the page
        long open = community(sofia, "Netz " + word, "PUBLIC");
        long wiki = sofia.get("/api/wikis?community=" + open).json().get("id").asLong();
        long page = sofia.post("/api/wikis/" + wiki + "/pages", Map.of("title", "Plan " + word, "markdown", "Erst"))
                .json()
                .get("pageId")
                .asLong();
        assertThat(emma.put("/api/wiki-pages/" + page + "/watch", Map.of("value", true))
                        .status())
                .isEqualTo(204);
        save(sofia, page, 1, "Zweit, frag @clara.costa", false, "Zweiter Stand");
        JsonNode changed = line(emma, "PAGE_CHANGED", "PAGE", page);
        assertThat(changed.get("actorLogin").asText()).isEqualTo("sofia.rossi");
        assertThat(changed.get("excerpt").asText()).isEqualTo("Zweiter Stand");
        assertThat(line(clara, "MENTION", "PAGE", page).get("title").asText()).isEqualTo("Plan " + word);
        save(sofia, page, 2, "Zweit, frag @clara.costa!", true, "");
        assertThat(lines(emma, "PAGE_CHANGED", "PAGE", page)).hasSize(1);
        assertThat(lines(clara, "MENTION", "PAGE", page)).hasSize(1);

        assertThat(anna.delete("/api/posts/" + secret).status()).isEqualTo(204);
    }

    /** The reader's one line of a kind about a subject, or null. */
    static JsonNode line(Api reader, String kind, String subjectType, long subjectId) {
        List<JsonNode> found = lines(reader, kind, subjectType, subjectId);
        assertThat(found.size())
                .as("at most one line per kind, subject and state")
                .isLessThanOrEqualTo(2);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<JsonNode> lines(Api reader, String kind, String subjectType, long subjectId) {
        Api.Reply reply = reader.get("/api/notifications");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode line : reply.json().get("items")) {
            if (line.get("kind").asText().equals(kind)
                    && line.get("subjectType").asText().equals(subjectType)
                    && line.get("subjectId").asLong() == subjectId) {
                found.add(line);
            }
        }
        return found;
    }
}
