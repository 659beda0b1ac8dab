package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
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
 * The discussion under a post through the API: comments with one level of replies, likes with who gave them, removal
 * with a marker by those who may, and a clear refusal for what cannot be: a comment on a draft or a deleted post, an
 * empty or overlong one, a like on a removed comment.
 */
@ExtendWith(ArquillianExtension.class)
class PostDiscussionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void commentsAndRepliesFormThreadsOneLevelDeep() {
        long post = published("jonas.meyer", "Neue Kantine");
        Api emma = Api.as("emma.fischer");
        Api clara = Api.as("clara.costa");

        Api.Reply first = emma.post("/api/posts/" + post + "/comments", Map.of("markdown", "Endlich *Salat*!"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long firstId = first.json().get("id").asLong();
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("/api/comments/" + firstId);
        assertThat(first.json().get("html").asText()).isEqualTo("<p>Endlich <em>Salat</em>!</p>\n");

        long reply = clara.post(
                        "/api/posts/" + post + "/comments", Map.of("markdown", "Und Suppe.", "parentId", firstId))
                .json()
                .get("id")
                .asLong();
        JsonNode toReply = emma.post(
                        "/api/posts/" + post + "/comments", Map.of("markdown", "Stimmt.", "parentId", reply))
                .json();
        assertThat(toReply.get("parentId").asLong())
                .as("a reply to a reply answers the same comment")
                .isEqualTo(firstId);
        emma.post("/api/posts/" + post + "/comments", Map.of("markdown", "Zweiter Gedanke."));

        JsonNode discussion = clara.get("/api/posts/" + post + "/comments").json();
        assertThat(discussion.get("comments").get("total").asLong()).isEqualTo(2);
        JsonNode thread = discussion.get("comments").get("items");
        assertThat(thread.get(0).get("id").asLong()).isEqualTo(firstId);
        assertThat(texts(thread.get(0).get("replies"), "html"))
                .containsExactly("<p>Und Suppe.</p>\n", "<p>Stimmt.</p>\n");
        assertThat(thread.get(1).get("html").asText()).isEqualTo("<p>Zweiter Gedanke.</p>\n");
        assertThat(thread.get(1).get("replies")).isEmpty();
        assertThat(thread.get(0).get("canRemove").asBoolean())
                .as("Emma's comment, for Clara")
                .isFalse();
        assertThat(thread.get(0).get("replies").get(0).get("canRemove").asBoolean())
                .as("his own")
                .isTrue();
    }

    @Test
    void likesAreCountedOncePerPersonAndNameWhoGaveThem() {
        long post = published("sven.berg", "Sommerfest");
        Api clara = Api.as("clara.costa");
        Api laura = Api.as("laura.kaya");

        assertThat(clara.send("PUT", "/api/posts/" + post + "/like", null, null)
                        .json()
                        .get("count")
                        .asLong())
                .isEqualTo(1);
        JsonNode twice =
                clara.send("PUT", "/api/posts/" + post + "/like", null, null).json();
        assertThat(twice.get("count").asLong())
                .as("liking twice is liking once")
                .isEqualTo(1);
        assertThat(twice.get("mine").asBoolean()).isTrue();
        laura.send("PUT", "/api/posts/" + post + "/like", null, null);

        JsonNode likers =
                Api.as("tom.becker").get("/api/posts/" + post + "/likes").json();
        assertThat(likers.get("total").asLong()).isEqualTo(2);
        assertThat(texts(likers.get("newest"), "login")).containsExactly("laura.kaya", "clara.costa");

        JsonNode withdrawn = clara.delete("/api/posts/" + post + "/like").json();
        assertThat(withdrawn.get("count").asLong()).isEqualTo(1);
        assertThat(withdrawn.get("mine").asBoolean()).isFalse();

        long comment = laura.post("/api/posts/" + post + "/comments", Map.of("markdown", "Bin dabei."))
                .json()
                .get("id")
                .asLong();
        clara.send("PUT", "/api/comments/" + comment + "/like", null, null);
        JsonNode thread =
                Api.as("sven.berg").get("/api/posts/" + post + "/comments").json();
        JsonNode liked = thread.get("comments").get("items").get(0);
        assertThat(liked.get("likes").get("count").asLong()).isEqualTo(1);
        assertThat(liked.get("likes").get("mine").asBoolean()).isFalse();
        assertThat(texts(liked.get("likedBy"), "login")).containsExactly("clara.costa");
        Instant written = Instant.parse(liked.get("createdAt").asText());
        assertThat(written.getEpochSecond() * 1_000_000 + written.getNano() / 1_000)
                .as("the time the comment was written, to the microsecond the database keeps")
                .isEqualTo(Database.queryLong("select (extract(epoch from created_at) * 1000000)::bigint"
                        + " from post_comment where id = " + comment));
        assertThat(thread.get("likes").get("count").asLong()).isEqualTo(1);
        assertThat(texts(thread.get("likers").get("newest"), "login")).containsExactly("laura.kaya");
        assertThat(thread.get("commentCount").asLong()).isEqualTo(1);

        // the discussion as one who liked both: the newest liker first, the caller's own likes marked
        laura.send("PUT", "/api/comments/" + comment + "/like", null, null);
        JsonNode forClara = clara.get("/api/posts/" + post + "/comments").json();
        JsonNode bothLiked = forClara.get("comments").get("items").get(0);
        assertThat(bothLiked.get("likes").get("count").asLong()).isEqualTo(2);
        assertThat(bothLiked.get("likes").get("mine").asBoolean()).isTrue();
        assertThat(texts(bothLiked.get("likedBy"), "login")).containsExactly("laura.kaya", "clara.costa");
        assertThat(forClara.get("likes").get("mine").asBoolean())
                .as("Clara withdrew her like of the post")
                .isFalse();
        assertThat(Api.as("sven.berg")
                        .get("/api/comments/" + comment + "/likes")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void aRemovedCommentLeavesAMarkerAndOnlyThoseWhoMayRemoveIt() {
        long post = published("mia.schulz", "Umzug");
        Api emma = Api.as("emma.fischer");
        long comment = emma.post("/api/posts/" + post + "/comments", Map.of("markdown", "Wann genau?"))
                .json()
                .get("id")
                .asLong();
        long reply = Api.as("tom.becker")
                .post("/api/posts/" + post + "/comments", Map.of("markdown", "Im Mai.", "parentId", comment))
                .json()
                .get("id")
                .asLong();

        Api.Reply stranger = Api.as("clara.costa").delete("/api/comments/" + comment);
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.json().get("code").asText()).isEqualTo("error.comment.notYours");

        assertThat(emma.delete("/api/comments/" + comment).status())
                .as("its author")
                .isEqualTo(204);
        assertThat(Api.as("mia.schulz").delete("/api/comments/" + reply).status())
                .as("the post's author")
                .isEqualTo(204);

        JsonNode thread =
                Api.as("clara.costa").get("/api/posts/" + post + "/comments").json();
        JsonNode removed = thread.get("comments").get("items").get(0);
        assertThat(removed.get("removed").asBoolean()).isTrue();
        assertThat(removed.get("html").asText()).isEmpty();
        assertThat(removed.get("authorLogin").asText()).isEqualTo("emma.fischer");
        assertThat(removed.get("replies").get(0).get("removed").asBoolean()).isTrue();
        assertThat(thread.toString()).doesNotContain("Wann genau?").doesNotContain("Im Mai.");

        long third = Api.as("laura.kaya")
                .post("/api/posts/" + post + "/comments", Map.of("markdown", "Off topic."))
                .json()
                .get("id")
                .asLong();
        assertThat(Api.as("tom.becker").delete("/api/comments/" + third).status())
                .as("a moderator")
                .isEqualTo(204);

        Api.Reply likeRemoved = Api.as("clara.costa").send("PUT", "/api/comments/" + comment + "/like", null, null);
        assertThat(likeRemoved.status()).isEqualTo(409);
        assertThat(likeRemoved.json().get("code").asText()).isEqualTo("error.comment.removed");
    }

    @Test
    void whatCannotBeDiscussedIsRefusedWithTheReason() {
        Api laura = Api.as("laura.kaya");
        long draft = write("jonas.meyer", "Noch geheim");
        Api.Reply onDraft = Api.as("jonas.meyer").post("/api/posts/" + draft + "/comments", Map.of("markdown", "x"));
        assertThat(onDraft.status()).isEqualTo(409);
        assertThat(onDraft.json().get("code").asText()).isEqualTo("error.comment.notPublished");
        Api.Reply othersDraft = laura.post("/api/posts/" + draft + "/comments", Map.of("markdown", "x"));
        assertThat(othersDraft.status())
                .as("someone else's draft does not exist")
                .isEqualTo(404);
        assertThat(othersDraft.body()).doesNotContain("Noch geheim");

        long post = published("jonas.meyer", "Bald weg");
        Api.Reply empty = laura.post("/api/posts/" + post + "/comments", Map.of("markdown", "  "));
        assertThat(empty.status()).isEqualTo(400);
        Api.Reply tooLong = laura.post("/api/posts/" + post + "/comments", Map.of("markdown", "x".repeat(20_001)));
        assertThat(tooLong.status()).isEqualTo(400);
        Api.Reply strangeParent =
                laura.post("/api/posts/" + post + "/comments", Map.of("markdown", "x", "parentId", 999_999_999));
        assertThat(strangeParent.status()).isEqualTo(404);
        assertThat(Api.as("jonas.meyer")
                        .get("/api/posts/" + post + "/comments")
                        .json()
                        .get("comments")
                        .get("total")
                        .asLong())
                .as("nothing refused was saved")
                .isZero();

        Api.Reply notHis = laura.delete("/api/posts/" + post);
        assertThat(notHis.status()).isEqualTo(403);
        assertThat(Api.as("jonas.meyer").delete("/api/posts/" + post).status()).isEqualTo(204);
        assertThat(laura.get("/api/posts/" + post).status()).isEqualTo(404);
        assertThat(Api.as("jonas.meyer").get("/api/posts?author=jonas.meyer").body())
                .doesNotContain("Bald weg");

        Api.Reply late = laura.post("/api/posts/" + post + "/comments", Map.of("markdown", "Zu spät?"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asText()).isEqualTo("error.comment.postDeleted");
        assertThat(laura.send("PUT", "/api/posts/" + post + "/like", null, null).status())
                .isEqualTo(404);
    }

    private static long published(String login, String title) {
        long id = write(login, title);
        Api.Reply published = Api.as(login).post("/api/posts/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    private static long write(String login, String title) {
        Map<String, Object> post = new HashMap<>();
        post.put("title", title + " " + UUID.randomUUID().toString().substring(0, 8));
        post.put("markdown", "Worum es geht.");
        Api.Reply written = Api.as(login).post("/api/posts", post);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        return written.json().get("id").asLong();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }
}
