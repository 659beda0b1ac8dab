package org.werkraum.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Searching through the API, and waiting for the indexer (which runs every second) to catch up. */
final class Search {

    private Search() {}

    static JsonNode hits(Api api, String text) {
        Api.Reply reply = api.get("/api/search?size=100&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        if (reply.status() != 200) {
            throw new AssertionError("search failed: " + reply.status() + " " + reply.body());
        }
        return reply.json().get("hits");
    }

    /** How many documents the search finds in all (its hits are paged). */
    static long total(Api api, String text) {
        Api.Reply reply = api.get("/api/search?size=1&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        if (reply.status() != 200) {
            throw new AssertionError("search failed: " + reply.status() + " " + reply.body());
        }
        return reply.json().get("total").asLong();
    }

    /** Searches until the hits satisfy the condition, or fails after the timeout with the last hits. */
    static JsonNode until(Api api, String text, Predicate<JsonNode> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode hits = hits(api, text);
        while (!condition.test(hits)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("after " + timeout + " the search for '" + text + "' still finds " + hits);
            }
            sleep(250);
            hits = hits(api, text);
        }
        return hits;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
