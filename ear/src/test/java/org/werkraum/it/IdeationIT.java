package org.werkraum.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Ideation: boards with a question and an end date, ideas, votes within the board's limit (given back when an idea
 * is decided), the owners' decisions with a note, duplicates whose votes move over, sorting; a restricted community's
 * ideas for its members only; and a member's way through the pages in Chromium.
 */
@ExtendWith(ArquillianExtension.class)
class IdeationIT {

    private static final Path XSS = Path.of(System.getProperty("werkraum.root"), "..", "shared", "testdata", "xss");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.werkraum();
    }

    @Test
    void membersVoteWithinTheLimitAndOwnersDecide() {
        Api anna = Api.as("anna.schmidt");
        Api jonas = Api.as("jonas.meyer");
        Api emma = Api.as("emma.fischer");
        long community =
                community(anna, "Ideenwerkstatt " + UUID.randomUUID().toString().substring(0, 8), "PUBLIC");
        assertThat(jonas.post("/api/communities/" + community + "/join", Map.of())
                        .status())
                .isEqualTo(200);

        JsonNode own = jonas.get("/api/boards?community=" + community).json();
        assertThat(own.get("boards")).hasSize(1);
        assertThat(own.get("boards").get(0).get("isDefault").asBoolean()).isTrue();
        assertThat(own.get("boards").get(0).get("voteLimit").asInt()).isEqualTo(5);
        assertThat(own.get("canPost").asBoolean()).isTrue();
        assertThat(own.get("canManage").asBoolean()).isFalse();

        String question = "Wie erreichen wir auf LinkedIn mehr Kunden?";
        Api.Reply refused = jonas.post("/api/boards", board(community, question, null, 2));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("error.board.ownersOnly");
        Api.Reply past = anna.post(
                "/api/boards", board(community, question, Instant.now().minusSeconds(60), 2));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("code").asText()).isEqualTo("error.board.endInPast");
        Api.Reply noQuestion = anna.post("/api/boards", board(community, "  ", null, 2));
        assertThat(noQuestion.status()).isEqualTo(400);
        assertThat(noQuestion.json().get("code").asText()).isEqualTo("error.board.questionMissing");
        Api.Reply tooMany = anna.post("/api/boards", board(community, question, null, 101));
        assertThat(tooMany.status()).isEqualTo(400);
        Api.Reply opened = anna.post(
                "/api/boards", board(community, question, Instant.now().plusSeconds(86_400), 2));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long board = opened.json().get("id").asLong();
        assertThat(anna.get("/api/boards?community=" + community).json().get("boards"))
                .as("the community's own board first, then the new one")
                .hasSize(2);

        long a = idea(jonas, board, "Videos mit Kunden");
        long b = idea(jonas, board, "Wöchentliche Umfragen");
        long c = idea(jonas, board, "Karriereseite verlinken");
        Api.Reply untitled = jonas.post("/api/boards/" + board + "/ideas", Map.of("title", " ", "markdown", "x"));
        assertThat(untitled.status()).isEqualTo(400);
        Api.Reply outsider = emma.post("/api/boards/" + board + "/ideas", Map.of("title", "Ich", "markdown", ""));
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.json().get("code").asText()).isEqualTo("error.idea.membersOnly");
        assertThat(emma.put("/api/ideas/" + a + "/vote", Map.of()).status())
                .as("she reads a public community's ideas, but votes where she is a member")
                .isEqualTo(403);
        assertThat(emma.get("/api/boards/" + board).status()).isEqualTo(200);

        assertThat(jonas.put("/api/ideas/" + a + "/vote", Map.of())
                        .json()
                        .get("votesLeft")
                        .asInt())
                .isEqualTo(1);
        JsonNode second = jonas.put("/api/ideas/" + b + "/vote", Map.of()).json();
        assertThat(second.get("votesLeft").asInt()).isZero();
        Api.Reply third = jonas.put("/api/ideas/" + c + "/vote", Map.of());
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.json().get("code").asText()).isEqualTo("error.idea.noVotesLeft");
        assertThat(jonas.put("/api/ideas/" + a + "/vote", Map.of())
                        .json()
                        .get("voteCount")
                        .asInt())
                .as("voting twice counts once")
                .isEqualTo(1);
        assertThat(jonas.delete("/api/ideas/" + b + "/vote")
                        .json()
                        .get("votesLeft")
                        .asInt())
                .isEqualTo(1);
        assertThat(jonas.put("/api/ideas/" + c + "/vote", Map.of()).status()).isEqualTo(200);
        anna.put("/api/ideas/" + a + "/vote", Map.of());

        // a: jonas, anna · b: none · c: jonas
        assertThat(titles(anna, board, "votes"))
                .containsExactly("Videos mit Kunden", "Karriereseite verlinken", "Wöchentliche Umfragen");
        assertThat(titles(anna, board, "newest"))
                .containsExactly("Karriereseite verlinken", "Wöchentliche Umfragen", "Videos mit Kunden");
        assertThat(anna.get("/api/boards/" + board + "?sort=best").status()).isEqualTo(400);

        Api.Reply noNote = anna.post("/api/ideas/" + b + "/status", Map.of("status", "DECLINED"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("code").asText()).isEqualTo("error.idea.declineNeedsNote");
        assertThat(jonas.post("/api/ideas/" + c + "/status", Map.of("status", "ACCEPTED"))
                        .status())
                .isEqualTo(403);
        JsonNode declined = anna.post(
                        "/api/ideas/" + b + "/status",
                        Map.of("status", "DECLINED", "note", "Zu viel Aufwand für zu wenig Antworten."))
                .json();
        assertThat(declined.get("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.get("statusNote").asText()).isEqualTo("Zu viel Aufwand für zu wenig Antworten.");
        assertThat(declined.get("statusChangedByName").asText()).isEqualTo("Anna Schmidt");
        Api.Reply closed = jonas.put("/api/ideas/" + b + "/vote", Map.of());
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("code").asText()).isEqualTo("error.idea.closed");
        anna.post("/api/ideas/" + c + "/status", Map.of("status", "UNDER_REVIEW"));
        anna.post("/api/ideas/" + a + "/status", Map.of("status", "ACCEPTED"));
        assertThat(titles(anna, board, "status"))
                .containsExactly("Karriereseite verlinken", "Videos mit Kunden", "Wöchentliche Umfragen");

        assertThat(jonas.get("/api/ideas/" + a).json().get("votesLeft").asInt()).isZero();
        anna.post("/api/ideas/" + a + "/status", Map.of("status", "DONE", "note", "Seit Montag online."));
        assertThat(jonas.get("/api/ideas/" + a).json().get("votesLeft").asInt())
                .as("a decided idea gives its votes back")
                .isEqualTo(1);

        // a duplicate: its votes move to the original, a voter of both keeps one there
        long d = idea(jonas, board, "Karriereseite im Profil");
        jonas.put("/api/ideas/" + d + "/vote", Map.of());
        anna.put("/api/ideas/" + d + "/vote", Map.of());
        assertThat(anna.post("/api/ideas/" + d + "/duplicate", Map.of("originalId", d))
                        .status())
                .isEqualTo(400);
        JsonNode duplicate = anna.post("/api/ideas/" + d + "/duplicate", Map.of("originalId", c, "note", "Wie C."))
                .json();
        assertThat(duplicate.get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(duplicate.get("duplicateOfId").asLong()).isEqualTo(c);
        assertThat(duplicate.get("voteCount").asInt()).isZero();
        JsonNode original = jonas.get("/api/ideas/" + c).json();
        assertThat(original.get("voteCount").asInt()).isEqualTo(2);
        assertThat(original.get("votedByMe").asBoolean()).isTrue();
        assertThat(original.get("votesLeft").asInt()).isEqualTo(1);
        assertThat(titles(anna, board, "votes")).doesNotContain("Karriereseite im Profil");
        assertThat(anna.post("/api/ideas/" + c + "/duplicate", Map.of("originalId", d))
                        .json()
                        .get("code")
                        .asText())
                .isEqualTo("error.idea.originalIsDuplicate");

        // an ended board takes no more ideas or votes
        long sprint = anna.post(
                        "/api/boards",
                        board(community, "Schnelle Runde", Instant.now().plusSeconds(3), 5))
                .json()
                .get("id")
                .asLong();
        long late = idea(jonas, sprint, "Noch schnell");
        Search.sleep(3_500);
        Api.Reply ended = jonas.put("/api/ideas/" + late + "/vote", Map.of());
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.json().get("code").asText()).isEqualTo("error.board.ended");
        assertThat(jonas.post("/api/boards/" + sprint + "/ideas", Map.of("title", "Zu spät"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aRestrictedCommunitysIdeasAreForItsMembersOnly() throws Exception {
        String word =
                "ideenwort" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api anna = Api.as("anna.schmidt");
        Api jonas = Api.as("jonas.meyer");
        Api emma = Api.as("emma.fischer");
        long community = community(anna, "Ideenkammer " + word.substring(9), "RESTRICTED");
        long jonasId = jonas.get("/api/people/me").json().get("id").asLong();
        anna.post("/api/communities/" + community + "/invitations", Map.of("personId", jonasId));
        jonas.post("/api/communities/" + community + "/invitation/accept", Map.of());
        long board = jonas.get("/api/boards?community=" + community)
                .json()
                .get("boards")
                .get(0)
                .get("id")
                .asLong();
        long idea = idea(jonas, board, "Geheimer Plan " + word);

        assertThat(emma.get("/api/boards?community=" + community).status()).isEqualTo(404);
        assertThat(emma.get("/api/boards/" + board).status()).isEqualTo(404);
        assertThat(emma.get("/api/ideas/" + idea).status()).isEqualTo(404);
        assertThat(emma.put("/api/ideas/" + idea + "/vote", Map.of()).status()).isEqualTo(404);
        assertThat(emma.post("/api/ideas/" + idea + "/comments", Map.of("markdown", "Hallo"))
                        .status())
                .isEqualTo(404);
        assertThat(PageSession.signIn("emma.fischer", Api.DEMO_PASSWORD)
                        .get("/ideas/" + idea)
                        .statusCode())
                .isEqualTo(404);
        Map<String, String> feedReader = Map.of("Accept", "application/atom+xml");
        assertThat(emma.get("/api/feeds/boards/" + board, feedReader).status()).isEqualTo(404);

        JsonNode hits = Search.until(anna, word, found -> found.size() == 1, Duration.ofSeconds(30));
        assertThat(hits.get(0).get("type").asText()).isEqualTo("IDEA");
        assertThat(hits.get(0).get("handle").asText()).isEqualTo(String.valueOf(idea));
        assertThat(Search.total(emma, word)).isZero();

        Feed feed = (Feed) new WireFeedInput()
                .build(new StringReader(
                        jonas.get("/api/feeds/boards/" + board, feedReader).body()));
        assertThat(feed.getEntries()).extracting(Entry::getTitle).containsExactly("Geheimer Plan " + word);
        assertThat(feed.getEntries().get(0).getAlternateLinks().get(0).getHref())
                .endsWith("/ideas/" + idea);
    }

    @Test
    void aMemberPostsAndVotesAndTheOwnerDecidesInTheBrowser() throws IOException {
        String name = "Ideenlabor " + UUID.randomUUID().toString().substring(0, 8);
        long community = community(Api.as("anna.schmidt"), name, "PUBLIC");
        Api.as("mia.schulz").post("/api/communities/" + community + "/join", Map.of());
        String payloads = String.join(
                "\n\n",
                Files.readAllLines(XSS.resolve("owasp/owasp_xss_filter_evasion.txt"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .limit(40)
                        .toList());

        try (Browser mia = new Browser()) {
            mia.signIn("mia.schulz");
            mia.open("/communities/" + community);
            mia.click("communityIdeas");
            mia.driver().findElement(By.linkText("Ideas board")).click();
            assertThat(mia.find("votesLeft").getText()).isEqualTo("You have 5 of 5 votes left.");
            mia.click("newIdea");
            mia.type("ideaTitle", "<img src=x onerror=alert('titel')> Kantine länger offen");
            ((JavascriptExecutor) mia.driver())
                    .executeScript(
                            "arguments[0].value = arguments[1];",
                            mia.find("ideaDescription"),
                            "Bis **19 Uhr**, bitte.\n\n" + payloads);
            mia.click("postIdea");
            mia.waitForText("Your idea is posted.");
            Search.sleep(300);
            assertThat(mia.openDialog()).isNull();
            assertThat(mia.find("ideaHeading").getText())
                    .isEqualTo("<img src=x onerror=alert('titel')> Kantine länger offen");
            assertThat(mia.find("ideaBody").findElement(By.tagName("strong")).getText())
                    .isEqualTo("19 Uhr");
            assertThat(mia.driver().findElements(By.cssSelector("#ideaBody script, #ideaBody iframe")))
                    .isEmpty();
            mia.click("voteIdea");
            mia.waitForText("Your vote is counted.");
            assertThat(mia.find("ideaVotes").getText()).isEqualTo("One vote");
            assertThat(mia.find("ideaVotesLeft").getText()).isEqualTo("You have 4 of 5 votes left.");
            // on the board, her vote shows and is withdrawn with the idea's button there
            mia.click("ideaBoard");
            org.openqa.selenium.WebElement own = mia.driver().findElement(By.cssSelector("#ideas li button.wr-voted"));
            assertThat(own.getAttribute("aria-pressed")).isEqualTo("true");
            own.click();
            mia.waitForText("Your vote is withdrawn.");
            assertThat(mia.find("votesLeft").getText()).isEqualTo("You have 5 of 5 votes left.");
            mia.driver()
                    .findElement(By.cssSelector("#ideas li button.wr-vote-button"))
                    .click();
            mia.waitForText("Your vote is counted.");
            assertThat(mia.find("votesLeft").getText()).isEqualTo("You have 4 of 5 votes left.");
            mia.driver().findElement(By.partialLinkText("Kantine länger offen")).click();
            mia.type("ideaCommentText", "Wäre *schön*.\n\n<script>alert('kommentar')</script>");
            mia.click("sendIdeaComment");
            mia.waitForText("Your comment is published.");
            assertThat(mia.openDialog()).isNull();
            assertThat(mia.find("ideaComments").getText()).contains("Wäre schön.");
        }

        // a board's question and a decision's note are text, whatever they hold
        String hostileQuestion = "<svg/onload=alert('frage')> Wie weiter?";
        long hostileBoard = Api.as("anna.schmidt")
                .post("/api/boards", board(community, hostileQuestion, null, 3))
                .json()
                .get("id")
                .asLong();
        try (Browser reader = new Browser()) {
            reader.signIn("mia.schulz");
            reader.open("/communities/" + community + "/ideas");
            assertThat(reader.find("boardList").getText()).contains(hostileQuestion);
            reader.open("/boards/" + hostileBoard);
            assertThat(reader.find("boardHeading").getText()).isEqualTo(hostileQuestion);
            Search.sleep(300);
            assertThat(reader.openDialog()).isNull();
        }

        try (Browser anna = new Browser()) {
            anna.signIn("anna.schmidt");
            anna.open("/communities/" + community + "/ideas");
            anna.driver().findElement(By.linkText("Ideas board")).click();
            anna.driver()
                    .findElement(By.partialLinkText("Kantine länger offen"))
                    .click();
            new Select(anna.find("ideaNewStatus")).selectByVisibleText("Accepted");
            anna.type("ideaNote", "Ab Januar bis 19 Uhr. <img src=x onerror=alert('notiz')>");
            anna.click("decideIdea");
            anna.waitForText("The decision is saved.");
            assertThat(anna.find("ideaStatus").getText())
                    .contains("Accepted")
                    .contains("Ab Januar bis 19 Uhr. <img src=x onerror=alert('notiz')>");
            assertThat(anna.openDialog()).isNull();

            // the owner opens a board with the form, then gives its members one vote more
            anna.open("/communities/" + community + "/ideas");
            anna.type("boardQuestion", "Was machen wir im Sommerfest anders?");
            anna.type("boardVoteLimit", "3");
            anna.click("openBoard");
            anna.waitForText("The board is open.");
            assertThat(anna.find("boardHeading").getText()).isEqualTo("Was machen wir im Sommerfest anders?");
            assertThat(anna.find("votesLeft").getText()).isEqualTo("You have 3 of 3 votes left.");
            anna.click("boardSettings");
            anna.type("boardVoteLimit", "4");
            anna.click("saveBoard");
            anna.waitForText("The board is changed.");
            assertThat(anna.find("votesLeft").getText()).isEqualTo("You have 4 of 4 votes left.");
        }
    }

    private static long community(Api owner, String name, String type) {
        Api.Reply created = owner.post(
                "/api/communities", Map.of("name", name, "description", "", "type", type, "tags", List.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> board(long community, String question, Instant endsAt, int voteLimit) {
        Map<String, Object> board = new HashMap<>();
        board.put("communityId", community);
        board.put("question", question);
        if (endsAt != null) {
            board.put("endsAt", endsAt.toString());
        }
        board.put("voteLimit", voteLimit);
        return board;
    }

    private static long idea(Api author, long board, String title) {
        Api.Reply posted = author.post(
                "/api/boards/" + board + "/ideas",
                Map.of("title", title, "markdown", "Beschreibung von *" + title + "*", "tags", List.of("marketing")));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().get("id").asLong();
    }

    private static List<String> titles(Api api, long board, String sort) {
        List<String> titles = new ArrayList<>();
        api.get("/api/boards/" + board + "?sort=" + sort)
                .json()
                .get("ideas")
                .get("items")
                .forEach(idea -> titles.add(idea.get("title").asText()));
        return titles;
    }
}
